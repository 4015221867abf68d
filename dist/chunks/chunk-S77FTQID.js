import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/formats/terraform/files.ts
function terraformFiles(files, path) {
  const dir = path.replace(/\/+$/, "");
  return files.filter(
    (f) => f.endsWith(".tf") && (dir === "" || f.startsWith(`${dir}/`)) && !f.split("/").includes(".terraform")
  );
}

export {
  terraformFiles
};
