// The identity checks made before any merge plan: the package is this project's (or the user says the project is a
// copy of the same county) and its base is the one made when it was exported.
import type { Database } from 'sql.js';
import { META_KEYS, readMeta } from '../../project/project-meta';
import type { FieldPackageInfo } from '../package/package-info';
import { baseDigest, ensureProjectId, issuedPackages } from '../package/package-identity';

export class PackageIdentityError extends Error {
  override readonly name = 'PackageIdentityError';
  constructor(
    readonly kind: 'other-project' | 'tampered-base',
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

export interface IdentityOptions {
  /** The user confirmed that this project is a copy of the county the package was made from. */
  readonly sameCounty?: boolean;
}

export function checkPackageIdentity(project: Database, pkg: Database, info: FieldPackageInfo, options: IdentityOptions = {}): void {
  const digest = baseDigest(pkg);
  const recorded = issuedPackages(project)[info.packageId];
  if ((info.baseDigest && info.baseDigest !== digest) || (recorded && recorded.digest !== digest)) {
    throw new PackageIdentityError(
      'tampered-base',
      `the package's base (the rows as they were exported, table landlink_field_base) has been changed since package ${info.packageId} was made, so field edits can no longer be told from office values; nothing was merged: merge the inspector's original package file, or export a new package`,
      `外业包的基准数据（landlink_field_base 表）在外业包 ${info.packageId} 导出后被修改，无法区分外业修改与办公室数据；未合并任何内容：请合并核查员的原始外业包，或重新导出外业包`,
    );
  }
  if (options.sameCounty) return;
  // A project that never had an id gets one now: then no package made elsewhere can carry it.
  const projectId = ensureProjectId(project).id;
  const sameProject = recorded !== undefined || (info.projectId !== undefined ? info.projectId === projectId : info.sourceProject === (readMeta(project)[META_KEYS.projectName] ?? ''));
  if (!sameProject) {
    throw new PackageIdentityError(
      'other-project',
      `the package was made from another project (“${info.sourceProject}”${info.projectId ? `, id ${info.projectId}` : ''}), and rows are matched by code, so merging it could change unrelated rows of this one; nothing was merged: merge it into the project it came from, or, if this project is a copy of the same county, run the merge again with --same-county`,
      `该外业包来自另一个项目（“${info.sourceProject}”），而合并按编码匹配，可能改动本项目中无关的记录；未合并任何内容：请合并到其来源项目；若本项目是同一县的副本，请确认“同一县副本”后再合并`,
    );
  }
}
