import { main } from './main.ts';

// The process entry point (`npm start`, `psoas serve`). A failure to start is reported in one
// clear line; the details go to stderr below it for whoever runs the server.
main().catch((error: unknown) => {
  console.error(
    `psoas-server: failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  if (error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
});
