// The graph worker's entry point: exposes the kernels' handlers over comlink, with no logic of its own.

import { expose } from "comlink";
import { createGraphWorkerHandlers } from "./handlers.ts";

expose(createGraphWorkerHandlers());
