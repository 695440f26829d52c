/**
 * The page shown instead of the app when this browser cannot run it (src/web/boot). Kept out of
 * ru.ts so the check loads before, and without, the app; spread into ru.ts for the key test.
 */
export const ruUnsupported = {
  'unsupported.oldBrowser.title': 'Этот браузер слишком старый для Сопки',
  'unsupported.oldBrowser.what': 'Сопка работает в Chrome 109 и новее и в Firefox 115 и новее.',
  'unsupported.oldBrowser.how':
    'Обновите браузер или откройте Сопку в другом, более новом браузере этого компьютера. Если обновить нельзя, обратитесь к администратору центра.',
  'unsupported.noServiceWorker.title': 'В этом окне Сопка не сможет работать без интернета',
  'unsupported.noServiceWorker.what':
    'Браузер не даёт Сопке сохранить себя на этом компьютере. Так бывает в приватном окне и когда адрес Сопки открыт без https.',
  'unsupported.noServiceWorker.how':
    'Закройте это окно и откройте Сопку в обычном окне браузера по адресу, который начинается с https://. Если не помогло, обратитесь к администратору центра.',
  'unsupported.noStorage.title': 'Браузер не разрешает Сопке хранить данные',
  'unsupported.noStorage.what':
    'Без хранилища на этом компьютере Сопка не может сохранить ни одной записи.',
  'unsupported.noStorage.how':
    'Откройте Сопку в обычном, не приватном окне. Если не помогло, разрешите в настройках браузера файлы cookie и данные сайтов для адреса Сопки или обратитесь к администратору центра.',
  'unsupported.retry': 'Проверить ещё раз',
} as const satisfies Record<string, string>;

export type UnsupportedMessageKey = keyof typeof ruUnsupported;
