/**
 * How the user called the CLI, for help and error messages: `frontline` through the package's bin (bin/frontline.mjs
 * sets FRONTLINE_COMMAND), otherwise the root `pnpm pipeline` script. Worker threads inherit the environment.
 */
export const COMMAND = process.env.FRONTLINE_COMMAND === 'frontline' ? 'frontline' : 'pnpm pipeline';

/** The program name commander shows in usage lines: `frontline` or `pipeline`. */
export const PROGRAM_NAME = COMMAND === 'frontline' ? 'frontline' : 'pipeline';
