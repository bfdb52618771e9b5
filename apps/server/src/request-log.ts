import { LogController } from 'fastify';

/**
 * One log line per request, when it is answered: what was asked (method, path, id), the
 * answer's status and how long it took. Fastify's default writes two, one on arrival and one
 * on completion; the second line cost a twentieth of the server's time on the overview
 * (bench:floor's profile). A request that never completes still shows in the error log.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    ...[error, request, reply]: Parameters<LogController['requestCompleted']>
  ): void {
    if (this.isLogDisabled(request)) return;
    if (error) {
      reply.log.error(
        { req: request, res: reply, err: error, responseTime: reply.elapsedTime },
        'request errored',
      );
    } else {
      reply.log.info(
        { req: request, res: reply, responseTime: reply.elapsedTime },
        'request completed',
      );
    }
  }
}
