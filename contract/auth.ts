import { Type, type Static } from '@sinclair/typebox';
import { Body, Email, Id } from './common.js';

export const UserRole = Type.Union([Type.Literal('admin'), Type.Literal('inspector'), Type.Literal('reader')]);
export type UserRole = Static<typeof UserRole>;

export const Password = Type.String({ minLength: 10, maxLength: 200, description: 'at least 10 characters' });

export const LoginBody = Body({ email: Type.String({ maxLength: 320 }), password: Type.String({ maxLength: 200 }) });

export const Me = Type.Object({
  id: Id,
  email: Type.String(),
  name: Type.String(),
  role: UserRole,
  hospitalId: Type.Union([Id, Type.Null()]),
});
export type Me = Static<typeof Me>;

export const PasswordResetRequestBody = Body({ email: Email });
export const PasswordResetConfirmBody = Body({ token: Type.String({ minLength: 20, maxLength: 200 }), password: Password });
export const SetupBody = Body({
  token: Type.String({ minLength: 20, maxLength: 200 }),
  email: Email,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  password: Password,
});
