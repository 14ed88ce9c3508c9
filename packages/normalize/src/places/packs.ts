/**
 * The pack manifests, re-exported for the dashboard and the CLI (`@frontline/normalize/packs`): one reader, in the
 * schema package (packages/schema/src/packs.ts), beside the packs' admin1 tables.
 */
import { packsDir } from '@frontline/schema';

export { packForCountry, readPackFolders, type PackFolder, type PackLicense, type PackManifest, type PlacesFile } from '@frontline/schema';

/** The repository's packs/ folder. */
export const DEFAULT_PACKS_DIR = packsDir();
