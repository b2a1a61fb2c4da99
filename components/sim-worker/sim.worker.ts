/// <reference lib="webworker" />
/** The background worker: a thin shell that runs each job (jobs.ts) and posts its reply. No DOM here. */
import { runJob } from "./jobs";
import { WORKER_READY, type WorkerRequest } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (ev: MessageEvent<WorkerRequest>) => scope.postMessage(runJob(ev.data));
// Loaded: from now on the page may end this worker without cutting a script load short.
scope.postMessage(WORKER_READY);
