/** A real-looking centre and organization from Тигильский район. */
export const TIGIL_CENTRE_ID = '5f0c6d1e-2b7a-4c1e-9a43-1d2f3e4a5b6c';

export function beregTigilya(): Record<string, unknown> {
  return {
    centreId: TIGIL_CENTRE_ID,
    name: 'АНО «Берег Тигиля»',
    legalForm: 'ano',
    status: 'registering',
    settlement: 'Тигиль',
    contactPerson: 'Ольга Петровна Кечгелхут',
    phone: '+7 415 37 21 000',
    notes: 'Готовят устав, собрание учредителей назначено на декабрь',
  };
}

export const BEREG_ID = '0b6a9d2e-7c41-4f3a-8e25-6d1c0a9b8f7e';
