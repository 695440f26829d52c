import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../src/web/features/materials/render-markdown.ts';

/** What an attacker (or a careless copy-paste from a website) might put in a material body. */
const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">ссылка</a>',
  '[ссылка](javascript:alert(1))',
  '[ссылка](JaVaScRiPt:alert(1))',
  '[ссылка](&#106;avascript:alert(1))',
  '[ссылка](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[ссылка](vbscript:msgbox(1))',
  '![картинка](x" onerror="alert(1))',
  '![картинка](javascript:alert(1))',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form action="javascript:alert(1)"><button>Отправить</button></form>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<div style="background:url(javascript:alert(1))">текст</div>',
  '`<script>alert(1)</script>`',
  '<<script>script>alert(1)<</script>/script>',
  '[a](https://example.org "title\\" onmouseover=\\"alert(1))',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<a href="//evil.example/">протокол-относительная</a>',
];

/** Parses the output as a browser would and lists anything that could run code. */
function dangers(html: string): string[] {
  const root = document.createElement('div');
  root.innerHTML = html;
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (
      [
        'script',
        'iframe',
        'object',
        'embed',
        'style',
        'img',
        'svg',
        'math',
        'form',
        'meta',
        'base',
        'link',
      ].includes(tag)
    )
      found.push(`<${tag}>`);
    for (const { name, value } of Array.from(element.attributes)) {
      if (name.startsWith('on') || name === 'style' || name === 'src')
        found.push(`${tag}[${name}]`);
      if (/^\s*(javascript|data|vbscript):/i.test(value) || value.startsWith('//'))
        found.push(`${tag}[${name}=${value}]`);
    }
  }
  return found;
}

describe('rendering a material body', () => {
  it('keeps the Markdown a guide needs: headings, lists, tables, emphasis, links', () => {
    const html = renderMarkdown(
      '## Сроки\n\n### Как подать\n\n1. Подать **в течение 3 месяцев**\n\n| Форма | Учредители |\n|---|---|\n| АНО | 1 |\n\n[Минюст](https://minjust.gov.ru)',
    );
    // the page's <h1> is the title: the body's top headings become <h2>
    expect(html).toContain('<h2>Сроки</h2>');
    expect(html).toContain('<h3>Как подать</h3>');
    expect(renderMarkdown('# Устав')).toBe('<h2>Устав</h2>\n');
    expect(html).toContain('<strong>в течение 3 месяцев</strong>');
    expect(html).toContain('<td>АНО</td>');
    expect(html).toContain(
      '<a href="https://minjust.gov.ru" target="_blank" rel="noopener noreferrer">Минюст</a>',
    );
  });

  it.each(XSS_PAYLOADS)('leaves nothing that runs from %s', (payload) => {
    const html = renderMarkdown(`Текст до.\n\n${payload}\n\nТекст после. ${payload}`);
    expect(dangers(html)).toEqual([]);
    expect(html).toContain('Текст после.');
  });

  it('shows raw HTML an author typed as text instead of dropping it silently', () => {
    const html = renderMarkdown('<b>жирный</b>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;жирный&lt;/b&gt;');
  });
});
