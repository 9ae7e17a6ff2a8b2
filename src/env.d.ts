/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** The module being rendered, for components that look up scenarios, checks and tools by id. */
    module: import('./course/load.ts').ModuleSource;
    lang: string;
  }
}
declare module 'virtual:brand.css';
