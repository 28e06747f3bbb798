// graphql-codegen: TypeScript types from the served schema (schema/generated/schema.graphql) —
// the schema's types for server and seed, and typed operations for the client's queries.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/generated/schema.graphql',
  generates: {
    'schema/generated/graphql.ts': {
      plugins: ['typescript'],
      config: { enumsAsTypes: true, avoidOptionals: { field: true }, scalars: { DateTime: 'string', ID: 'string' } },
    },
  },
};
export default config;
