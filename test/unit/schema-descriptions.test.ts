// Every type, field, argument and enum value of the API says what it is: researchers explore the
// schema in GraphiQL and read schema.graphql, and the generated entity API is most of it.
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaText } from '../../server/graphql/print-schema.ts';

const written = (d: string | null | undefined) => typeof d === 'string' && d.trim().length > 0;

/** Every schema element without a description, as Type, Type.field, Type.field(argument) or Enum.VALUE. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!written(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!written(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!written(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) for (const v of type.getValues()) if (!written(v.description)) missing.push(`${type.name}.${v.name}`);
  }
  return missing;
}

describe('the schema documentation', () => {
  const schema = schemaText().then((sdl) => buildSchema(sdl));

  it('describes every type, field, argument and enum value', async () => {
    expect(undocumented(await schema)).toEqual([]);
  });

  it("describes a generated filter's field from the entity field it filters", async () => {
    const where = (await schema).getType('CompanyWhere');
    if (!isInputObjectType(where)) throw new Error('CompanyWhere is not an input type');
    expect(where.getFields().employees?.description).toBe('Filter on employees. Head count.');
  });

  it('keeps what the library wrote', async () => {
    const sort = (await schema).getType('SortDirection');
    if (!isEnumType(sort)) throw new Error('SortDirection is not an enum');
    expect(sort.getValue('ASC')?.description).toBe('Sort by field values in ascending order.');
  });
});
