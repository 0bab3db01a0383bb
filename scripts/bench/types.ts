/** One part of `npm run bench`: a name and a function that measures and returns Markdown. */
export interface BenchSection {
  name: string;
  run(): Promise<string>;
}
