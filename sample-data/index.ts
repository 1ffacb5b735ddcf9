// The sample county: `buildSampleProject(SQL, { seed, parcels })` for a ready project database, or
// `generateSampleCounty` for the plain features.
export { buildSampleProject } from './build-sample-project';
export { generateSampleCounty, SAMPLE_COUNTY_NAME, SAMPLE_PROJECT_NAME, SAMPLE_CENTER, type SampleCounty, type SampleLayer, type SampleOptions } from './generate-sample-county';
