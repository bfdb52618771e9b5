import type { RouterInputs } from '@collab/api';
import type { TestServer } from './demo.js';

/**
 * Sets a scenario up through the API, as the agency would have done it earlier, when the
 * scenario is about what comes after (answering, resending, ending).
 */
type ServiceId = RouterInputs['collaborations']['activate']['services'][number]['service'];

export async function activateThroughApi(
  server: TestServer,
  options: { employee: string; customer: string; task: string; services: ServiceId[] },
) {
  const api = await server.apiAs(options.employee);
  const { items } = await api.customers.list.query({ search: options.customer, limit: 5 });
  const customer = items.find((candidate) => candidate.name === options.customer);
  if (!customer) throw new Error(`No customer is called ${options.customer}.`);
  const task = customer.tasks.find((candidate) => candidate.name === options.task);
  if (!task) throw new Error(`${options.customer} has no task called ${options.task}.`);
  return api.collaborations.activate.mutate({
    customerId: customer.id,
    taskId: task.id,
    services: options.services.map((service) => ({ service })),
  });
}
