import { main } from './main.js';
import { processIO } from './streams.js';

process.exitCode = await main(process.argv.slice(2), processIO(), process.env);
