/** GraphQL documents imported as text through Vite's `?raw` suffix. */
declare module '*.graphql?raw' {
  const document: string;
  export default document;
}
