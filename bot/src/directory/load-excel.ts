// exceljs is loaded on first use: the webhook and API must not pay for it at start-up (cold starts).
export const loadExcel = async () => (await import('exceljs')).default;
