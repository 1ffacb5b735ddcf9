// What one printed page is about: the whole county, one township, one village or one linkage project. The summary
// table and the default title follow the scope.
export type PrintScope =
  | { readonly kind: 'county' }
  | { readonly kind: 'township'; readonly name: string }
  | { readonly kind: 'village'; readonly township: string; readonly name: string }
  | { readonly kind: 'project'; readonly code: string; readonly name: string };

export function scopeName(scope: PrintScope, county: string): string {
  switch (scope.kind) {
    case 'county': return county;
    case 'township': return scope.name;
    case 'village': return `${scope.township}${scope.name}`;
    case 'project': return scope.name;
  }
}
