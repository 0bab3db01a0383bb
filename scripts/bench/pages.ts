/** The largest saved Amazon product page (test/fixtures/MANIFEST.tsv), where the badge's budgets are measured. */
export const LARGEST_AMAZON = {
  file: 'amazon/amazon-product-14.html.gz',
  url: 'https://www.amazon.es/Cecotec-Excellence-Aspirador-Programable-Limpieza/dp/B01MUGXRT9',
};
