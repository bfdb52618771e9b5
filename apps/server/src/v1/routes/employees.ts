import { deactivateEmployee, getEmployee, listEmployees, putEmployee } from '@collab/api';
import { employeePutSchema, employeeSchema, listQuerySchema } from '@collab/contracts';
import { integrationContextOf } from '../auth.js';
import type { V1RouteSet } from '../plugin.js';
import {
  agencyParams,
  answerPut,
  employeeParams,
  listOf,
  ok,
  putDescription,
  readProblems,
  tagVersion,
  writeProblems,
} from './shared.js';

const tags = ['Employees'];

export function registerEmployeeRoutes({ api, dependencies, config }: V1RouteSet): void {
  const path = '/agencies/:agencyId/employees/:employeeId';

  api.put(
    path,
    {
      config,
      schema: {
        operationId: 'putEmployee',
        summary: 'Create or replace an employee',
        description: `${putDescription} \`active: false\` deactivates, \`true\` reactivates.`,
        tags,
        params: employeeParams,
        body: employeePutSchema,
        response: {
          200: ok(employeeSchema, 'Updated, or unchanged.'),
          201: ok(employeeSchema, 'Created.'),
          ...writeProblems,
        },
      },
    },
    async (request, reply) => {
      const { agencyId, employeeId } = request.params;
      const context = integrationContextOf(request, dependencies);
      return answerPut(reply, await putEmployee(context, agencyId, employeeId, request.body));
    },
  );

  api.get(
    path,
    {
      config,
      schema: {
        operationId: 'getEmployee',
        summary: 'Get an employee',
        tags,
        params: employeeParams,
        response: { 200: ok(employeeSchema, 'The employee.'), ...readProblems },
      },
    },
    async (request, reply) => {
      const { agencyId, employeeId } = request.params;
      const employee = await getEmployee(
        integrationContextOf(request, dependencies),
        agencyId,
        employeeId,
      );
      tagVersion(reply, employee);
      return employee;
    },
  );

  api.delete(
    path,
    {
      config,
      schema: {
        operationId: 'deactivateEmployee',
        summary: 'Deactivate an employee',
        description:
          'The employee can no longer sign in and loses all access; their history stays. ' +
          'A PUT with `active: true` reactivates.',
        tags,
        params: employeeParams,
        response: { 200: ok(employeeSchema, 'The deactivated employee.'), ...writeProblems },
      },
    },
    async (request, reply) => {
      const { agencyId, employeeId } = request.params;
      const employee = await deactivateEmployee(
        integrationContextOf(request, dependencies),
        agencyId,
        employeeId,
      );
      tagVersion(reply, employee);
      return employee;
    },
  );

  api.get(
    '/agencies/:agencyId/employees',
    {
      config,
      schema: {
        operationId: 'listEmployees',
        summary: 'List an agency’s employees',
        tags,
        params: agencyParams,
        querystring: listQuerySchema,
        response: { 200: listOf(employeeSchema, 'A page of employees.'), ...readProblems },
      },
    },
    async (request) =>
      listEmployees(
        integrationContextOf(request, dependencies),
        request.params.agencyId,
        request.query,
      ),
  );
}
