// Geometry validation with reasons and locations, and the safe automatic repair.
export type { GeometryProblem, ProblemCode } from './geometry-problem';
export type { ValidationOptions } from './validation-options';
export { validateGeometry } from './validate-geometry';
export { repairGeometry, type RepairAction, type RepairResult } from './repair-geometry';
