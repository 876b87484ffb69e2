export function measureScale(n: number): void {
  console.log(`scale ${n}: not yet`);
}
