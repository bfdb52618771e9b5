import { deleteTask, getTaskResource, listTaskResources, putTask } from '@collab/api';
import { listQuerySchema, taskPutSchema, taskSchema } from '@collab/contracts';
import { z } from 'zod';
import { integrationContextOf } from '../auth.js';
import type { V1RouteSet } from '../plugin.js';
import {
  agencyParams,
  answerPut,
  listOf,
  ok,
  putDescription,
  readProblems,
  tagVersion,
  taskParams,
  writeProblems,
} from './shared.js';

const tags = ['Tasks'];

export function registerTaskRoutes({ api, dependencies, config }: V1RouteSet): void {
  const path = '/agencies/:agencyId/tasks/:taskId';

  api.put(
    path,
    {
      config,
      schema: {
        operationId: 'putTask',
        summary: 'Create or replace a task',
        description: putDescription,
        tags,
        params: taskParams,
        body: taskPutSchema,
        response: {
          200: ok(taskSchema, 'Updated, or unchanged.'),
          201: ok(taskSchema, 'Created.'),
          ...writeProblems,
        },
      },
    },
    async (request, reply) => {
      const { agencyId, taskId } = request.params;
      const context = integrationContextOf(request, dependencies);
      return answerPut(reply, await putTask(context, agencyId, taskId, request.body));
    },
  );

  api.get(
    path,
    {
      config,
      schema: {
        operationId: 'getTask',
        summary: 'Get a task',
        tags,
        params: taskParams,
        response: { 200: ok(taskSchema, 'The task.'), ...readProblems },
      },
    },
    async (request, reply) => {
      const { agencyId, taskId } = request.params;
      const task = await getTaskResource(
        integrationContextOf(request, dependencies),
        agencyId,
        taskId,
      );
      tagVersion(reply, task);
      return task;
    },
  );

  api.delete(
    path,
    {
      config,
      schema: {
        operationId: 'deleteTask',
        summary: 'Delete a task',
        description: 'Refused with 409 TASK_IN_USE while a current collaboration uses the task.',
        tags,
        params: taskParams,
        response: {
          204: {
            description: 'Deleted.',
            content: { 'application/json': { schema: z.undefined() } },
          },
          ...writeProblems,
        },
      },
    },
    async (request, reply) => {
      const { agencyId, taskId } = request.params;
      await deleteTask(integrationContextOf(request, dependencies), agencyId, taskId);
      return reply.code(204).send();
    },
  );

  api.get(
    '/agencies/:agencyId/tasks',
    {
      config,
      schema: {
        operationId: 'listTasks',
        summary: 'List an agency’s tasks',
        tags,
        params: agencyParams,
        querystring: listQuerySchema,
        response: { 200: listOf(taskSchema, 'A page of tasks.'), ...readProblems },
      },
    },
    async (request) =>
      listTaskResources(
        integrationContextOf(request, dependencies),
        request.params.agencyId,
        request.query,
      ),
  );
}
