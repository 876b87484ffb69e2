// jsdom ships no types and @types/jsdom is not installed: just what bench/sections/text.ts uses.
declare module 'jsdom' {
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html: string | Buffer, options?: { url?: string; contentType?: string; virtualConsole?: VirtualConsole });
    readonly window: { document: unknown; close(): void };
  }
}
