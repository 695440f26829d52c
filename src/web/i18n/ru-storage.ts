/** Files waiting to be sent, storage safety and lost-data notices (spread into ru.ts). */
export const ruStorage = {
  'status.outboxWithFiles': 'Ждут отправки: {changes}, {files}',
  'count.changes.one': '{count} изменение',
  'count.changes.few': '{count} изменения',
  'count.changes.many': '{count} изменений',
  'count.files.one': '{count} файл',
  'count.files.few': '{count} файла',
  'count.files.many': '{count} файлов',
  'status.uploadProgress': 'Отправка файлов: {sent} из {total}',
  'storage.lostTitle': 'Браузер удалил данные Сопки с этого компьютера',
  'storage.lostUnsent':
    'Вместе с ними пропало неотправленное: {count}. Последняя запись на этом компьютере — {when}. Что было отправлено до этого, хранится в региональном центре и вернётся после входа и синхронизации; неотправленное придётся внести заново.',
  'storage.lostNothing':
    'Неотправленных изменений не было (последняя запись — {when}): после входа и синхронизации всё вернётся из регионального центра.',
  'storage.lostDismiss': 'Понятно',
  'storage.notPersistedTitle': 'Браузер может удалить данные этого компьютера',
  'storage.notPersistedHow':
    'Браузер не обещал хранить данные Сопки: при нехватке места он может удалить их вместе с неотправленными изменениями. Чтобы этого не случилось, установите Сопку как приложение (в Chrome — значок «Установить» в адресной строке; установленные приложения браузер не очищает) или разрешите сайту хранить данные в настройках браузера, затем нажмите «Попросить браузер не удалять данные».',
  'storage.notPersistedSettings': 'Подробнее — в Настройках',
  'storage.notPersistedDismiss': 'Скрыть',
  'draft.restored':
    'Здесь то, что вы ввели в прошлый раз, но не сохранили. Проверьте и нажмите «Сохранить».',
  'draft.discard': 'Отказаться от этих изменений',
  'settings.materialBudgetTitle': 'Файлы материалов',
  'settings.materialBudget': 'Скачивать при каждой синхронизации не больше, МБ',
  'settings.materialBudgetHint':
    'Новые файлы материалов скачиваются после записей, сначала маленькие и новые. 0 — не скачивать автоматически.',
  'settings.materialBudgetSaved': 'Сохранено: до {size} за синхронизацию.',
} as const satisfies Record<string, string>;

export type StorageMessageKey = keyof typeof ruStorage;
