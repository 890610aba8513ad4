import { Type, type Static } from '@sinclair/typebox';
import { UserRole, Password } from './auth.js';
import { Body, Email, Id } from './common.js';

export const User = Type.Object({
  id: Id,
  email: Type.String(),
  name: Type.String(),
  role: UserRole,
  hospitalId: Type.Union([Id, Type.Null()]),
  unitId: Type.Union([Id, Type.Null()], { description: 'A reader who is a clinic’s head or study director: its line of the annual report is theirs to see' }),
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
});
export type User = Static<typeof User>;

export const UserList = Type.Object({ users: Type.Array(User) });

export const CreateUserBody = Body({
  email: Email,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  role: UserRole,
  hospitalId: Type.Optional(Type.Union([Id, Type.Null()])),
  unitId: Type.Optional(Type.Union([Id, Type.Null()])),
  password: Password,
});
export type CreateUserBody = Static<typeof CreateUserBody>;

export const UpdateUserBody = Body({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  role: Type.Optional(UserRole),
  hospitalId: Type.Optional(Type.Union([Id, Type.Null()])),
  unitId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'Unset: kept while the role stays reader and the hospital the same, else cleared' })),
  active: Type.Optional(Type.Boolean()),
});
export type UpdateUserBody = Static<typeof UpdateUserBody>;
