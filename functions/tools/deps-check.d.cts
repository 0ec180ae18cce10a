// Types of deps-check.cjs for the TypeScript tests.
export function packageOf(specifier: string): string | undefined;
export function bundleNeeds(
  metafile: { outputs?: Record<string, { imports?: Array<{ path: string; external?: boolean }> }> } | undefined,
  code: string,
): Map<string, string[]>;
export function checkDependencies(input: {
  needs: Map<string, string[]>;
  functionsPackage: { dependencies?: Record<string, string> };
  botPackage: { dependencies?: Record<string, string> };
}): string[];
