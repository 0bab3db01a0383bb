// What the Chromium run of the detection benchmark loads into its page (bundled by Vite as an IIFE).
export { measureDetection } from './detect-measure';
