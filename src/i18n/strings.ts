/** One feature's strings in a translation: exactly the keys of its English file, each a string. */
export type Strings<T> = { readonly [K in keyof T]: string };
