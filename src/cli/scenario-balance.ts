export function runBalance(_args: string[]): number {
  console.log('balance: waiting for the engine');
  return 1;
}
