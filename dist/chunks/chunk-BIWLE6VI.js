import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  isUnder
} from "./chunk-UFWOLI4P.js";

// src/formats/terraform/files.ts
function terraformFiles(files, path) {
  const dir = path.replace(/\/+$/, "");
  return files.filter(
    (f) => f.endsWith(".tf") && isUnder(f, dir) && !f.split("/").includes(".terraform")
  );
}

export {
  terraformFiles
};
