// An error about a basemap file that the user can act on: an i18n key under `basemaps.errors.` and its values
// (always the file name), so the message says what is wrong, with which file, and what to do, in both languages.
export class BasemapError extends Error {
  constructor(
    readonly key: string,
    readonly values: Readonly<Record<string, string | number>>,
  ) {
    super(`${key} ${JSON.stringify(values)}`);
    this.name = 'BasemapError';
  }
}
