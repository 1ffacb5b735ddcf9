// Why a file could not be opened as a project, in words a county clerk can act on: what is wrong, where, and how to
// fix it, in English (`message`) and Chinese (`messageZh`). Opening never changes the file.
export type ProjectOpenErrorCode = 'not-sqlite' | 'not-geopackage' | 'corrupt' | 'newer-schema' | 'migration-failed';

export class ProjectOpenError extends Error {
  override readonly name = 'ProjectOpenError';
  constructor(
    readonly code: ProjectOpenErrorCode,
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}
