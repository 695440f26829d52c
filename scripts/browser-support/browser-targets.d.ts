export function oldestBrowserVersions(path?: string): Record<string, number>;
export function buildTargets(path?: string): string[];
