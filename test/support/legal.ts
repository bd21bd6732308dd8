// A legal assessment that makes the GDPR notification to the authority due (personal data of 100-200 people,
// confidentiality lost, a risk), and neither NIS2 nor DORA: the body several suites need to get an obligation.
export const gdprAssessment = (reasoning: string, extra: { consequences?: string } = {}) => ({
  gdpr: {
    personal_data: 'yes',
    categories: ['ordinary'],
    subjects_min: 100,
    subjects_max: 200,
    records: 300,
    encrypted: 'no',
    confidentiality: true,
    integrity: false,
    availability: false,
    ...extra,
    risk: 'risk',
    reasoning,
  },
  nis2: { significant: 'no', criteria: [], malicious: 'yes', cross_border: 'no' },
  dora: { major: 'no', classified_at: null, criteria: [] },
});
