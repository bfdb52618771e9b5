// Generated from GET /v1/openapi.json by scripts/generate-openapi-types.ts. Do not edit:
// run `pnpm --filter @collab/server generate:openapi` after changing a /v1 route or schema.

export interface paths {
    "/v1/agencies/{agencyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an agency */
        get: operations["getAgency"];
        /**
         * Create or replace an agency
         * @description Creates the resource under your id, or replaces it. Answers 201 when created, 200 when updated or unchanged (the same body twice keeps the version). `Collab-Outcome` says which.
         */
        put: operations["putAgency"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your agencies
         * @description Ordered by id. Pass `nextCursor` as `cursor` for the next page.
         */
        get: operations["listAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agencyId}/employees/{employeeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an employee */
        get: operations["getEmployee"];
        /**
         * Create or replace an employee
         * @description Creates the resource under your id, or replaces it. Answers 201 when created, 200 when updated or unchanged (the same body twice keeps the version). `Collab-Outcome` says which. `active: false` deactivates, `true` reactivates.
         */
        put: operations["putEmployee"];
        post?: never;
        /**
         * Deactivate an employee
         * @description The employee can no longer sign in and loses all access; their history stays. A PUT with `active: true` reactivates.
         */
        delete: operations["deactivateEmployee"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agencyId}/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an agency’s employees */
        get: operations["listEmployees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agencyId}/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a customer */
        get: operations["getCustomer"];
        /**
         * Create or replace a customer
         * @description Creates the resource under your id, or replaces it. Answers 201 when created, 200 when updated or unchanged (the same body twice keeps the version). `Collab-Outcome` says which.
         */
        put: operations["putCustomer"];
        post?: never;
        /**
         * Delete a customer
         * @description Refused with 409 CUSTOMER_IN_USE while the customer has collaborations.
         */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agencyId}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an agency’s customers */
        get: operations["listCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agencyId}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a task */
        get: operations["getTask"];
        /**
         * Create or replace a task
         * @description Creates the resource under your id, or replaces it. Answers 201 when created, 200 when updated or unchanged (the same body twice keeps the version). `Collab-Outcome` says which.
         */
        put: operations["putTask"];
        post?: never;
        /**
         * Delete a task
         * @description Refused with 409 TASK_IN_USE while a current collaboration uses the task.
         */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agencyId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an agency’s tasks */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a company account */
        get: operations["getAccount"];
        /**
         * Create or replace a company account
         * @description Creates the resource under your id, or replaces it. Answers 201 when created, 200 when updated or unchanged (the same body twice keeps the version). `Collab-Outcome` says which.
         */
        put: operations["putAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your company accounts */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a company account’s user */
        get: operations["getAccountUser"];
        /**
         * Create or replace a company account’s user
         * @description Creates the resource under your id, or replaces it. Answers 201 when created, 200 when updated or unchanged (the same body twice keeps the version). `Collab-Outcome` says which. `active: false` deactivates, `true` reactivates.
         */
        put: operations["putAccountUser"];
        post?: never;
        /**
         * Deactivate a company account’s user
         * @description The user can no longer sign in and loses all access; their history stays. A PUT with `active: true` reactivates.
         */
        delete: operations["deactivateAccountUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a company account’s users */
        get: operations["listAccountUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agencyId}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sync an agency’s directory in bulk
         * @description Up to 10000 employees, customers and tasks together, each applied as a PUT by its `id` (employees first, then customers, then tasks, so a task can name records of the same call). Each record succeeds or fails on its own; the result lists every record with its outcome, version and any error.
         */
        post: operations["syncAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a widget session for a user
         * @description Refused with 403 EMPLOYEE_DEACTIVATED / ACCOUNT_USER_DEACTIVATED for a deactivated person, 404 when the user is not yours. The token stops working at `expiresAt`, and at once when the person is deactivated.
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Answers the signing secret (`whsec_…`) once: store it, Collab keeps it only sealed. In production the URL must be https and resolve to public addresses only.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["getWebhookEndpoint"];
        /**
         * Replace a webhook endpoint
         * @description `enabled: true` turns on an endpoint Collab disabled after days of failures.
         */
        put: operations["replaceWebhookEndpoint"];
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Nothing more is sent to it; its attempts are deleted with it.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint
         * @description `enabled: true` turns on an endpoint Collab disabled after days of failures.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Answers the new secret once. The old one keeps signing for `overlapSeconds` (default 24 hours): meanwhile `webhook-signature` carries both signatures.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an endpoint’s delivery attempts
         * @description Newest first: time, status, duration, the start of the answer.
         */
        get: operations["listWebhookAttempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Your events of the last 30 days, oldest first. Pass the page’s `nextCursor` as `after` to continue; `types=a,b` filters.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an event */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an event again
         * @description To `endpointId`, or to every enabled endpoint that wants the type. An endpoint that had it gets the same `webhook-id` again, with a fresh retry schedule.
         */
        post: operations["resendEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AgencyInput: {
            /** @constant */
            object: "agency";
            id: string;
            name: string;
            orgNumber: string;
            logoUrl: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        AgencyPutInput: {
            name: string;
            orgNumber: string;
            logoUrl?: string | null;
        };
        EmployeeInput: {
            /** @constant */
            object: "employee";
            id: string;
            agencyId: string;
            name: string;
            email: string;
            /** @enum {string} */
            rights: "full" | "standard";
            active: boolean;
            /** @enum {string} */
            locale: "sv" | "en";
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        EmployeePutInput: {
            name: string;
            email: string;
            /** @enum {string} */
            rights: "full" | "standard";
            /** @default true */
            active?: boolean;
            /**
             * @default sv
             * @enum {string}
             */
            locale?: "sv" | "en";
        };
        CustomerInput: {
            /** @constant */
            object: "customer";
            id: string;
            agencyId: string;
            name: string;
            orgNumber: string;
            /** @enum {string} */
            companyType: "aktiebolag" | "enskild_firma" | "handelsbolag" | "ekonomisk_forening" | "privatperson";
            contact: {
                name: string;
                email: string | null;
                phone: string | null;
            };
            accountManagerId: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        CustomerPutInput: {
            name: string;
            orgNumber: string;
            /** @enum {string} */
            companyType: "aktiebolag" | "enskild_firma" | "handelsbolag" | "ekonomisk_forening" | "privatperson";
            contact: {
                name: string;
                email?: string;
                phone?: string;
            };
            /** @default null */
            accountManagerId?: string | null;
        };
        TaskInput: {
            /** @constant */
            object: "task";
            id: string;
            agencyId: string;
            customerId: string;
            name: string;
            ownerId: string;
            participantIds: string[];
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        TaskPutInput: {
            customerId: string;
            name: string;
            ownerId: string;
            /** @default [] */
            participantIds?: string[];
        };
        AccountInput: {
            /** @constant */
            object: "account";
            id: string;
            name: string;
            orgNumber: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        AccountPutInput: {
            name: string;
            orgNumber: string;
        };
        AccountUserInput: {
            /** @constant */
            object: "account_user";
            id: string;
            accountId: string;
            name: string;
            email: string;
            isAdmin: boolean;
            active: boolean;
            /** @enum {string} */
            locale: "sv" | "en";
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        AccountUserPutInput: {
            name: string;
            email: string;
            isAdmin: boolean;
            /** @default true */
            active?: boolean;
            /**
             * @default sv
             * @enum {string}
             */
            locale?: "sv" | "en";
        };
        SyncResultInput: {
            /** @constant */
            object: "sync_result";
            counts: {
                [key: string]: number;
            };
            results: {
                /** @enum {string} */
                type: "employee" | "customer" | "task";
                id: string | null;
                index: number;
                /** @enum {string} */
                outcome: "created" | "updated" | "unchanged" | "failed";
                version: number | null;
                error: {
                    appCode: string;
                    message: string;
                    errors: {
                        [key: string]: {
                            code: string;
                            message: string;
                        }[];
                    } | null;
                } | null;
            }[];
        };
        SessionCreateInput: {
            user: {
                /** @constant */
                type: "employee";
                agencyId: string;
                employeeId: string;
            } | {
                /** @constant */
                type: "account_user";
                accountId: string;
                userId: string;
            };
            /** @default 900 */
            expiresInSeconds?: number;
        };
        SessionInput: {
            /** @constant */
            object: "session";
            token: string;
            /** Format: date-time */
            expiresAt: string;
            user: {
                /** @constant */
                type: "employee";
                agencyId: string;
                employeeId: string;
            } | {
                /** @constant */
                type: "account_user";
                accountId: string;
                userId: string;
            };
        };
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            appCode: string;
            params: {
                [key: string]: string | number;
            };
            errors: {
                [key: string]: {
                    code: string;
                    message: string;
                }[];
            } | null;
            requestId?: string;
        };
        Agency: {
            /** @constant */
            object: "agency";
            id: string;
            name: string;
            orgNumber: string;
            logoUrl: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        AgencyPut: {
            name: string;
            orgNumber: unknown;
            logoUrl?: string | null;
        };
        Employee: {
            /** @constant */
            object: "employee";
            id: string;
            agencyId: string;
            name: string;
            email: string;
            /** @enum {string} */
            rights: "full" | "standard";
            active: boolean;
            /** @enum {string} */
            locale: "sv" | "en";
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        EmployeePut: {
            name: string;
            email: unknown;
            /** @enum {string} */
            rights: "full" | "standard";
            /** @default true */
            active: boolean;
            /**
             * @default sv
             * @enum {string}
             */
            locale: "sv" | "en";
        };
        Customer: {
            /** @constant */
            object: "customer";
            id: string;
            agencyId: string;
            name: string;
            orgNumber: string;
            /** @enum {string} */
            companyType: "aktiebolag" | "enskild_firma" | "handelsbolag" | "ekonomisk_forening" | "privatperson";
            contact: {
                name: string;
                email: string | null;
                phone: string | null;
            };
            accountManagerId: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        CustomerPut: {
            name: string;
            orgNumber: unknown;
            /** @enum {string} */
            companyType: "aktiebolag" | "enskild_firma" | "handelsbolag" | "ekonomisk_forening" | "privatperson";
            contact: {
                name: string;
                email?: unknown;
                phone: unknown;
            };
            /** @default null */
            accountManagerId: string | null;
        };
        Task: {
            /** @constant */
            object: "task";
            id: string;
            agencyId: string;
            customerId: string;
            name: string;
            ownerId: string;
            participantIds: string[];
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        TaskPut: {
            customerId: string;
            name: string;
            ownerId: string;
            /** @default [] */
            participantIds: string[];
        };
        Account: {
            /** @constant */
            object: "account";
            id: string;
            name: string;
            orgNumber: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        AccountPut: {
            name: string;
            orgNumber: unknown;
        };
        AccountUser: {
            /** @constant */
            object: "account_user";
            id: string;
            accountId: string;
            name: string;
            email: string;
            isAdmin: boolean;
            active: boolean;
            /** @enum {string} */
            locale: "sv" | "en";
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        AccountUserPut: {
            name: string;
            email: unknown;
            isAdmin: boolean;
            /** @default true */
            active: boolean;
            /**
             * @default sv
             * @enum {string}
             */
            locale: "sv" | "en";
        };
        SyncResult: {
            /** @constant */
            object: "sync_result";
            counts: {
                [key: string]: number;
            };
            results: {
                /** @enum {string} */
                type: "employee" | "customer" | "task";
                id: string | null;
                index: number;
                /** @enum {string} */
                outcome: "created" | "updated" | "unchanged" | "failed";
                version: number | null;
                error: {
                    appCode: string;
                    message: string;
                    errors: {
                        [key: string]: {
                            code: string;
                            message: string;
                        }[];
                    } | null;
                } | null;
            }[];
        };
        SessionCreate: {
            user: {
                /** @constant */
                type: "employee";
                agencyId: string;
                employeeId: string;
            } | {
                /** @constant */
                type: "account_user";
                accountId: string;
                userId: string;
            };
            /** @default 900 */
            expiresInSeconds: number;
        };
        Session: {
            /** @constant */
            object: "session";
            token: string;
            /** Format: date-time */
            expiresAt: string;
            user: {
                /** @constant */
                type: "employee";
                agencyId: string;
                employeeId: string;
            } | {
                /** @constant */
                type: "account_user";
                accountId: string;
                userId: string;
            };
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            appCode: string;
            params: {
                [key: string]: string | number;
            };
            errors: {
                [key: string]: {
                    code: string;
                    message: string;
                }[];
            } | null;
            requestId?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agency. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyPutInput"];
            };
        };
        responses: {
            /** @description Updated, or unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgencies: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agencies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        data: components["schemas"]["Agency"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmployee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The employee. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Employee"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putEmployee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmployeePutInput"];
            };
        };
        responses: {
            /** @description Updated, or unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Employee"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Employee"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateEmployee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deactivated employee. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Employee"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEmployees: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of employees. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        data: components["schemas"]["Employee"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerPutInput"];
            };
        };
        responses: {
            /** @description Updated, or unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        data: components["schemas"]["Customer"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskPutInput"];
            };
        };
        responses: {
            /** @description Updated, or unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        data: components["schemas"]["Task"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The company account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountPutInput"];
            };
        };
        responses: {
            /** @description Updated, or unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of company accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        data: components["schemas"]["Account"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccountUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountUser"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAccountUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountUserPutInput"];
            };
        };
        responses: {
            /** @description Updated, or unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountUser"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountUser"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateAccountUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deactivated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountUser"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAccountUsers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        data: components["schemas"]["AccountUser"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    syncAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    employees?: {
                        [key: string]: unknown;
                    }[];
                    /** @default [] */
                    customers?: {
                        [key: string]: unknown;
                    }[];
                    /** @default [] */
                    tasks?: {
                        [key: string]: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** @description What happened to each record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncResult"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionCreateInput"];
            };
        };
        responses: {
            /** @description The session. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The person is deactivated. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        data: {
                            /** @enum {string} */
                            object: "webhook_endpoint";
                            id: string;
                            url: string;
                            description: string | null;
                            eventTypes: string[];
                            enabled: boolean;
                            disabledReason: ("by_integration" | "failing") | null;
                            failingSince: string | null;
                            previousSecretExpiresAt: string | null;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    url: string;
                    /** @default [] */
                    eventTypes?: ("collaboration.activated" | "collaboration.invited" | "collaboration.updated" | "collaboration.ended" | "collaboration.linked" | "invitation.accepted" | "invitation.declined" | "invitation.expired" | "invitation.cancelled" | "invitation.resent" | "invitation.restored" | "access.granted" | "access.revoked")[];
                    description?: string;
                    /** @default true */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Created, with its secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "webhook_endpoint";
                        id: string;
                        url: string;
                        description: string | null;
                        eventTypes: string[];
                        enabled: boolean;
                        disabledReason: ("by_integration" | "failing") | null;
                        failingSince: string | null;
                        previousSecretExpiresAt: string | null;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        secret: string;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "webhook_endpoint";
                        id: string;
                        url: string;
                        description: string | null;
                        eventTypes: string[];
                        enabled: boolean;
                        disabledReason: ("by_integration" | "failing") | null;
                        failingSince: string | null;
                        previousSecretExpiresAt: string | null;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    url: string;
                    /** @default [] */
                    eventTypes?: ("collaboration.activated" | "collaboration.invited" | "collaboration.updated" | "collaboration.ended" | "collaboration.linked" | "invitation.accepted" | "invitation.declined" | "invitation.expired" | "invitation.cancelled" | "invitation.resent" | "invitation.restored" | "access.granted" | "access.revoked")[];
                    description?: string;
                    /** @default true */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "webhook_endpoint";
                        id: string;
                        url: string;
                        description: string | null;
                        eventTypes: string[];
                        enabled: boolean;
                        disabledReason: ("by_integration" | "failing") | null;
                        failingSince: string | null;
                        previousSecretExpiresAt: string | null;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    url?: string;
                    eventTypes?: ("collaboration.activated" | "collaboration.invited" | "collaboration.updated" | "collaboration.ended" | "collaboration.linked" | "invitation.accepted" | "invitation.declined" | "invitation.expired" | "invitation.cancelled" | "invitation.resent" | "invitation.restored" | "access.granted" | "access.revoked")[];
                    description?: string;
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "webhook_endpoint";
                        id: string;
                        url: string;
                        description: string | null;
                        eventTypes: string[];
                        enabled: boolean;
                        disabledReason: ("by_integration" | "failing") | null;
                        failingSince: string | null;
                        previousSecretExpiresAt: string | null;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 86400 */
                    overlapSeconds?: number;
                };
            };
        };
        responses: {
            /** @description The endpoint with its new secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "webhook_endpoint";
                        id: string;
                        url: string;
                        description: string | null;
                        eventTypes: string[];
                        enabled: boolean;
                        disabledReason: ("by_integration" | "failing") | null;
                        failingSince: string | null;
                        previousSecretExpiresAt: string | null;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        secret: string;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookAttempts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of attempts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        data: {
                            /** @enum {string} */
                            object: "webhook_attempt";
                            id: string;
                            endpointId: string;
                            webhookId: string;
                            eventId: string;
                            eventType: string;
                            /** Format: date-time */
                            attemptedAt: string;
                            durationMs: number;
                            statusCode: number | null;
                            succeeded: boolean;
                            error: string | null;
                            responseBody: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                after?: string;
                types?: ("collaboration.activated" | "collaboration.invited" | "collaboration.updated" | "collaboration.ended" | "collaboration.linked" | "invitation.accepted" | "invitation.declined" | "invitation.expired" | "invitation.cancelled" | "invitation.resent" | "invitation.restored" | "access.granted" | "access.revoked")[];
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "list";
                        data: ({
                            id: string;
                            /** @enum {string} */
                            type: "collaboration.activated";
                            /** Format: date-time */
                            timestamp: string;
                            integrationId: string;
                            agencyId: string | null;
                            sequence: number | null;
                            data: {
                                collaboration: {
                                    collabId: string;
                                    service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                    options: {
                                        [key: string]: string;
                                    };
                                    customer: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                        orgNumber: string;
                                    };
                                    task: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                    } | null;
                                    account: {
                                        id: string | null;
                                        collabId: string;
                                        orgNumber: string;
                                    };
                                    version: number;
                                };
                                actor: {
                                    /** @enum {string} */
                                    type: "employee" | "account_user";
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    email: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "system";
                                };
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "collaboration.invited";
                            /** Format: date-time */
                            timestamp: string;
                            integrationId: string;
                            agencyId: string | null;
                            sequence: number | null;
                            data: {
                                collaboration: {
                                    collabId: string;
                                    service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                    options: {
                                        [key: string]: string;
                                    };
                                    customer: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                        orgNumber: string;
                                    };
                                    task: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                    } | null;
                                    account: {
                                        id: string | null;
                                        collabId: string;
                                        orgNumber: string;
                                    };
                                    version: number;
                                };
                                actor: {
                                    /** @enum {string} */
                                    type: "employee" | "account_user";
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    email: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "system";
                                };
                                invitation: {
                                    collabId: string;
                                    /** @enum {string} */
                                    status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                    services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                    /** Format: date-time */
                                    expiresAt: string;
                                    sendCount: number;
                                };
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "collaboration.updated";
                            /** Format: date-time */
                            timestamp: string;
                            integrationId: string;
                            agencyId: string | null;
                            sequence: number | null;
                            data: {
                                collaboration: {
                                    collabId: string;
                                    service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                    options: {
                                        [key: string]: string;
                                    };
                                    customer: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                        orgNumber: string;
                                    };
                                    task: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                    } | null;
                                    account: {
                                        id: string | null;
                                        collabId: string;
                                        orgNumber: string;
                                    };
                                    version: number;
                                };
                                actor: {
                                    /** @enum {string} */
                                    type: "employee" | "account_user";
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    email: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "system";
                                };
                                before: {
                                    [key: string]: unknown;
                                };
                                after: {
                                    [key: string]: unknown;
                                };
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "collaboration.ended";
                            /** Format: date-time */
                            timestamp: string;
                            integrationId: string;
                            agencyId: string | null;
                            sequence: number | null;
                            data: {
                                collaboration: {
                                    collabId: string;
                                    service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                    options: {
                                        [key: string]: string;
                                    };
                                    customer: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                        orgNumber: string;
                                    };
                                    task: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                    } | null;
                                    account: {
                                        id: string | null;
                                        collabId: string;
                                        orgNumber: string;
                                    };
                                    version: number;
                                };
                                actor: {
                                    /** @enum {string} */
                                    type: "employee" | "account_user";
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    email: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "system";
                                };
                                /** @enum {string} */
                                endedBy: "agency" | "customer" | "system";
                                reason: string | null;
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "collaboration.linked";
                            /** Format: date-time */
                            timestamp: string;
                            integrationId: string;
                            agencyId: string | null;
                            sequence: number | null;
                            data: {
                                collaboration: {
                                    collabId: string;
                                    service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                    options: {
                                        [key: string]: string;
                                    };
                                    customer: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                        orgNumber: string;
                                    };
                                    task: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                    } | null;
                                    account: {
                                        id: string | null;
                                        collabId: string;
                                        orgNumber: string;
                                    };
                                    version: number;
                                };
                                actor: {
                                    /** @enum {string} */
                                    type: "employee" | "account_user";
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    email: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "system";
                                };
                                legacyServiceName: string | null;
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "invitation.accepted";
                            /** Format: date-time */
                            timestamp: string;
                            integrationId: string;
                            agencyId: string | null;
                            sequence: number | null;
                            data: {
                                invitation: {
                                    collabId: string;
                                    /** @enum {string} */
                                    status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                    services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                    /** Format: date-time */
                                    expiresAt: string;
                                    sendCount: number;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                collaborations: {
                                    collabId: string;
                                    service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                    options: {
                                        [key: string]: string;
                                    };
                                    customer: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                        orgNumber: string;
                                    };
                                    task: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                    } | null;
                                    account: {
                                        id: string | null;
                                        collabId: string;
                                        orgNumber: string;
                                    };
                                    version: number;
                                }[];
                                actor: {
                                    /** @enum {string} */
                                    type: "employee" | "account_user";
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    email: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "system";
                                };
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "invitation.declined";
                            /** Format: date-time */
                            timestamp: string;
                            integrationId: string;
                            agencyId: string | null;
                            sequence: number | null;
                            data: {
                                invitation: {
                                    collabId: string;
                                    /** @enum {string} */
                                    status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                    services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                    /** Format: date-time */
                                    expiresAt: string;
                                    sendCount: number;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                collaborations: {
                                    collabId: string;
                                    service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                    options: {
                                        [key: string]: string;
                                    };
                                    customer: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                        orgNumber: string;
                                    };
                                    task: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                    } | null;
                                    account: {
                                        id: string | null;
                                        collabId: string;
                                        orgNumber: string;
                                    };
                                    version: number;
                                }[];
                                actor: {
                                    /** @enum {string} */
                                    type: "employee" | "account_user";
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    email: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "system";
                                };
                                reason: string | null;
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "invitation.expired";
                            /** Format: date-time */
                            timestamp: string;
                            integrationId: string;
                            agencyId: string | null;
                            sequence: number | null;
                            data: {
                                invitation: {
                                    collabId: string;
                                    /** @enum {string} */
                                    status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                    services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                    /** Format: date-time */
                                    expiresAt: string;
                                    sendCount: number;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                collaborations: {
                                    collabId: string;
                                    service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                    options: {
                                        [key: string]: string;
                                    };
                                    customer: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                        orgNumber: string;
                                    };
                                    task: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                    } | null;
                                    account: {
                                        id: string | null;
                                        collabId: string;
                                        orgNumber: string;
                                    };
                                    version: number;
                                }[];
                                actor: {
                                    /** @enum {string} */
                                    type: "employee" | "account_user";
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    email: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "system";
                                };
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "invitation.cancelled";
                            /** Format: date-time */
                            timestamp: string;
                            integrationId: string;
                            agencyId: string | null;
                            sequence: number | null;
                            data: {
                                invitation: {
                                    collabId: string;
                                    /** @enum {string} */
                                    status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                    services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                    /** Format: date-time */
                                    expiresAt: string;
                                    sendCount: number;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                collaborations: {
                                    collabId: string;
                                    service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                    options: {
                                        [key: string]: string;
                                    };
                                    customer: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                        orgNumber: string;
                                    };
                                    task: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                    } | null;
                                    account: {
                                        id: string | null;
                                        collabId: string;
                                        orgNumber: string;
                                    };
                                    version: number;
                                }[];
                                actor: {
                                    /** @enum {string} */
                                    type: "employee" | "account_user";
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    email: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "system";
                                };
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "invitation.resent";
                            /** Format: date-time */
                            timestamp: string;
                            integrationId: string;
                            agencyId: string | null;
                            sequence: number | null;
                            data: {
                                invitation: {
                                    collabId: string;
                                    /** @enum {string} */
                                    status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                    services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                    /** Format: date-time */
                                    expiresAt: string;
                                    sendCount: number;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                collaborations: {
                                    collabId: string;
                                    service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                    options: {
                                        [key: string]: string;
                                    };
                                    customer: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                        orgNumber: string;
                                    };
                                    task: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                    } | null;
                                    account: {
                                        id: string | null;
                                        collabId: string;
                                        orgNumber: string;
                                    };
                                    version: number;
                                }[];
                                actor: {
                                    /** @enum {string} */
                                    type: "employee" | "account_user";
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    email: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "system";
                                };
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "invitation.restored";
                            /** Format: date-time */
                            timestamp: string;
                            integrationId: string;
                            agencyId: string | null;
                            sequence: number | null;
                            data: {
                                invitation: {
                                    collabId: string;
                                    /** @enum {string} */
                                    status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                    services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                    /** Format: date-time */
                                    expiresAt: string;
                                    sendCount: number;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                collaborations: {
                                    collabId: string;
                                    service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                    options: {
                                        [key: string]: string;
                                    };
                                    customer: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                        orgNumber: string;
                                    };
                                    task: {
                                        id: string | null;
                                        collabId: string;
                                        name: string;
                                    } | null;
                                    account: {
                                        id: string | null;
                                        collabId: string;
                                        orgNumber: string;
                                    };
                                    version: number;
                                }[];
                                actor: {
                                    /** @enum {string} */
                                    type: "employee" | "account_user";
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    email: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "system";
                                };
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "access.granted";
                            /** Format: date-time */
                            timestamp: string;
                            integrationId: string;
                            agencyId: string | null;
                            sequence: number | null;
                            data: {
                                collaborationCollabId: string;
                                /** @enum {string} */
                                service: "eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg";
                                account: {
                                    id: string | null;
                                    collabId: string;
                                    orgNumber: string;
                                };
                                subject: {
                                    /** @enum {string} */
                                    type: "employee" | "account_user";
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    email: string;
                                };
                                /** @enum {string} */
                                reason: "contact_person" | "account_admin" | "task_participant";
                            };
                        } | {
                            id: string;
                            /** @enum {string} */
                            type: "access.revoked";
                            /** Format: date-time */
                            timestamp: string;
                            integrationId: string;
                            agencyId: string | null;
                            sequence: number | null;
                            data: {
                                collaborationCollabId: string;
                                /** @enum {string} */
                                service: "eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg";
                                account: {
                                    id: string | null;
                                    collabId: string;
                                    orgNumber: string;
                                };
                                subject: {
                                    /** @enum {string} */
                                    type: "employee" | "account_user";
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    email: string;
                                };
                                /** @enum {string} */
                                reason: "contact_person" | "account_admin" | "task_participant";
                            };
                        })[];
                        nextCursor: string | null;
                        hasMore: boolean;
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        type: "collaboration.activated";
                        /** Format: date-time */
                        timestamp: string;
                        integrationId: string;
                        agencyId: string | null;
                        sequence: number | null;
                        data: {
                            collaboration: {
                                collabId: string;
                                service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                options: {
                                    [key: string]: string;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                task: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                } | null;
                                account: {
                                    id: string | null;
                                    collabId: string;
                                    orgNumber: string;
                                };
                                version: number;
                            };
                            actor: {
                                /** @enum {string} */
                                type: "employee" | "account_user";
                                id: string | null;
                                collabId: string;
                                name: string;
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "integration";
                            } | {
                                /** @enum {string} */
                                type: "system";
                            };
                        };
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "collaboration.invited";
                        /** Format: date-time */
                        timestamp: string;
                        integrationId: string;
                        agencyId: string | null;
                        sequence: number | null;
                        data: {
                            collaboration: {
                                collabId: string;
                                service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                options: {
                                    [key: string]: string;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                task: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                } | null;
                                account: {
                                    id: string | null;
                                    collabId: string;
                                    orgNumber: string;
                                };
                                version: number;
                            };
                            actor: {
                                /** @enum {string} */
                                type: "employee" | "account_user";
                                id: string | null;
                                collabId: string;
                                name: string;
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "integration";
                            } | {
                                /** @enum {string} */
                                type: "system";
                            };
                            invitation: {
                                collabId: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                /** Format: date-time */
                                expiresAt: string;
                                sendCount: number;
                            };
                        };
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "collaboration.updated";
                        /** Format: date-time */
                        timestamp: string;
                        integrationId: string;
                        agencyId: string | null;
                        sequence: number | null;
                        data: {
                            collaboration: {
                                collabId: string;
                                service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                options: {
                                    [key: string]: string;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                task: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                } | null;
                                account: {
                                    id: string | null;
                                    collabId: string;
                                    orgNumber: string;
                                };
                                version: number;
                            };
                            actor: {
                                /** @enum {string} */
                                type: "employee" | "account_user";
                                id: string | null;
                                collabId: string;
                                name: string;
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "integration";
                            } | {
                                /** @enum {string} */
                                type: "system";
                            };
                            before: {
                                [key: string]: unknown;
                            };
                            after: {
                                [key: string]: unknown;
                            };
                        };
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "collaboration.ended";
                        /** Format: date-time */
                        timestamp: string;
                        integrationId: string;
                        agencyId: string | null;
                        sequence: number | null;
                        data: {
                            collaboration: {
                                collabId: string;
                                service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                options: {
                                    [key: string]: string;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                task: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                } | null;
                                account: {
                                    id: string | null;
                                    collabId: string;
                                    orgNumber: string;
                                };
                                version: number;
                            };
                            actor: {
                                /** @enum {string} */
                                type: "employee" | "account_user";
                                id: string | null;
                                collabId: string;
                                name: string;
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "integration";
                            } | {
                                /** @enum {string} */
                                type: "system";
                            };
                            /** @enum {string} */
                            endedBy: "agency" | "customer" | "system";
                            reason: string | null;
                        };
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "collaboration.linked";
                        /** Format: date-time */
                        timestamp: string;
                        integrationId: string;
                        agencyId: string | null;
                        sequence: number | null;
                        data: {
                            collaboration: {
                                collabId: string;
                                service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                options: {
                                    [key: string]: string;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                task: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                } | null;
                                account: {
                                    id: string | null;
                                    collabId: string;
                                    orgNumber: string;
                                };
                                version: number;
                            };
                            actor: {
                                /** @enum {string} */
                                type: "employee" | "account_user";
                                id: string | null;
                                collabId: string;
                                name: string;
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "integration";
                            } | {
                                /** @enum {string} */
                                type: "system";
                            };
                            legacyServiceName: string | null;
                        };
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "invitation.accepted";
                        /** Format: date-time */
                        timestamp: string;
                        integrationId: string;
                        agencyId: string | null;
                        sequence: number | null;
                        data: {
                            invitation: {
                                collabId: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                /** Format: date-time */
                                expiresAt: string;
                                sendCount: number;
                            };
                            customer: {
                                id: string | null;
                                collabId: string;
                                name: string;
                                orgNumber: string;
                            };
                            collaborations: {
                                collabId: string;
                                service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                options: {
                                    [key: string]: string;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                task: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                } | null;
                                account: {
                                    id: string | null;
                                    collabId: string;
                                    orgNumber: string;
                                };
                                version: number;
                            }[];
                            actor: {
                                /** @enum {string} */
                                type: "employee" | "account_user";
                                id: string | null;
                                collabId: string;
                                name: string;
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "integration";
                            } | {
                                /** @enum {string} */
                                type: "system";
                            };
                        };
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "invitation.declined";
                        /** Format: date-time */
                        timestamp: string;
                        integrationId: string;
                        agencyId: string | null;
                        sequence: number | null;
                        data: {
                            invitation: {
                                collabId: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                /** Format: date-time */
                                expiresAt: string;
                                sendCount: number;
                            };
                            customer: {
                                id: string | null;
                                collabId: string;
                                name: string;
                                orgNumber: string;
                            };
                            collaborations: {
                                collabId: string;
                                service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                options: {
                                    [key: string]: string;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                task: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                } | null;
                                account: {
                                    id: string | null;
                                    collabId: string;
                                    orgNumber: string;
                                };
                                version: number;
                            }[];
                            actor: {
                                /** @enum {string} */
                                type: "employee" | "account_user";
                                id: string | null;
                                collabId: string;
                                name: string;
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "integration";
                            } | {
                                /** @enum {string} */
                                type: "system";
                            };
                            reason: string | null;
                        };
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "invitation.expired";
                        /** Format: date-time */
                        timestamp: string;
                        integrationId: string;
                        agencyId: string | null;
                        sequence: number | null;
                        data: {
                            invitation: {
                                collabId: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                /** Format: date-time */
                                expiresAt: string;
                                sendCount: number;
                            };
                            customer: {
                                id: string | null;
                                collabId: string;
                                name: string;
                                orgNumber: string;
                            };
                            collaborations: {
                                collabId: string;
                                service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                options: {
                                    [key: string]: string;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                task: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                } | null;
                                account: {
                                    id: string | null;
                                    collabId: string;
                                    orgNumber: string;
                                };
                                version: number;
                            }[];
                            actor: {
                                /** @enum {string} */
                                type: "employee" | "account_user";
                                id: string | null;
                                collabId: string;
                                name: string;
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "integration";
                            } | {
                                /** @enum {string} */
                                type: "system";
                            };
                        };
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "invitation.cancelled";
                        /** Format: date-time */
                        timestamp: string;
                        integrationId: string;
                        agencyId: string | null;
                        sequence: number | null;
                        data: {
                            invitation: {
                                collabId: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                /** Format: date-time */
                                expiresAt: string;
                                sendCount: number;
                            };
                            customer: {
                                id: string | null;
                                collabId: string;
                                name: string;
                                orgNumber: string;
                            };
                            collaborations: {
                                collabId: string;
                                service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                options: {
                                    [key: string]: string;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                task: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                } | null;
                                account: {
                                    id: string | null;
                                    collabId: string;
                                    orgNumber: string;
                                };
                                version: number;
                            }[];
                            actor: {
                                /** @enum {string} */
                                type: "employee" | "account_user";
                                id: string | null;
                                collabId: string;
                                name: string;
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "integration";
                            } | {
                                /** @enum {string} */
                                type: "system";
                            };
                        };
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "invitation.resent";
                        /** Format: date-time */
                        timestamp: string;
                        integrationId: string;
                        agencyId: string | null;
                        sequence: number | null;
                        data: {
                            invitation: {
                                collabId: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                /** Format: date-time */
                                expiresAt: string;
                                sendCount: number;
                            };
                            customer: {
                                id: string | null;
                                collabId: string;
                                name: string;
                                orgNumber: string;
                            };
                            collaborations: {
                                collabId: string;
                                service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                options: {
                                    [key: string]: string;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                task: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                } | null;
                                account: {
                                    id: string | null;
                                    collabId: string;
                                    orgNumber: string;
                                };
                                version: number;
                            }[];
                            actor: {
                                /** @enum {string} */
                                type: "employee" | "account_user";
                                id: string | null;
                                collabId: string;
                                name: string;
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "integration";
                            } | {
                                /** @enum {string} */
                                type: "system";
                            };
                        };
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "invitation.restored";
                        /** Format: date-time */
                        timestamp: string;
                        integrationId: string;
                        agencyId: string | null;
                        sequence: number | null;
                        data: {
                            invitation: {
                                collabId: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                services: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg")[];
                                /** Format: date-time */
                                expiresAt: string;
                                sendCount: number;
                            };
                            customer: {
                                id: string | null;
                                collabId: string;
                                name: string;
                                orgNumber: string;
                            };
                            collaborations: {
                                collabId: string;
                                service: ("eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg") | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "declined" | "expired" | "cancelled" | "ended";
                                options: {
                                    [key: string]: string;
                                };
                                customer: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                    orgNumber: string;
                                };
                                task: {
                                    id: string | null;
                                    collabId: string;
                                    name: string;
                                } | null;
                                account: {
                                    id: string | null;
                                    collabId: string;
                                    orgNumber: string;
                                };
                                version: number;
                            }[];
                            actor: {
                                /** @enum {string} */
                                type: "employee" | "account_user";
                                id: string | null;
                                collabId: string;
                                name: string;
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "integration";
                            } | {
                                /** @enum {string} */
                                type: "system";
                            };
                        };
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "access.granted";
                        /** Format: date-time */
                        timestamp: string;
                        integrationId: string;
                        agencyId: string | null;
                        sequence: number | null;
                        data: {
                            collaborationCollabId: string;
                            /** @enum {string} */
                            service: "eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg";
                            account: {
                                id: string | null;
                                collabId: string;
                                orgNumber: string;
                            };
                            subject: {
                                /** @enum {string} */
                                type: "employee" | "account_user";
                                id: string | null;
                                collabId: string;
                                name: string;
                                email: string;
                            };
                            /** @enum {string} */
                            reason: "contact_person" | "account_admin" | "task_participant";
                        };
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "access.revoked";
                        /** Format: date-time */
                        timestamp: string;
                        integrationId: string;
                        agencyId: string | null;
                        sequence: number | null;
                        data: {
                            collaborationCollabId: string;
                            /** @enum {string} */
                            service: "eekonomi" | "ekonomioversikt" | "scanner" | "skatt_bokslut_pro" | "utlagg";
                            account: {
                                id: string | null;
                                collabId: string;
                                orgNumber: string;
                            };
                            subject: {
                                /** @enum {string} */
                                type: "employee" | "account_user";
                                id: string | null;
                                collabId: string;
                                name: string;
                                email: string;
                            };
                            /** @enum {string} */
                            reason: "contact_person" | "account_admin" | "task_participant";
                        };
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    endpointId?: string;
                };
            };
        };
        responses: {
            /** @description Queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        object: "resend";
                        eventId: string;
                        deliveries: {
                            endpointId: string;
                            webhookId: string;
                        }[];
                    };
                };
            };
            /** @description The request is invalid: `errors` names each field and what is wrong. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource (or not yours: the same answer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the data (the appCode says how). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
