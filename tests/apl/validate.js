// Checks APL documents with Amazon's validator, apl-suggester.
//
// In on stdin: [{"name", "document", "datasources"}, ...]. Out on stdout: {name: [problem, ...]}.
// Every finding counts, errors and warnings alike. Imported packages (alexa-layouts and the
// rest) come from Amazon's CDN, which is out of reach here: the validator is handed an outline of
// the components used (alexa-packages.json) instead of the network, and this script checks each
// use of a package component against its documented parameters, which the validator does not.
'use strict';

const fs = require('fs');
const path = require('path');
const axios = require('axios');
const suggester = require('apl-suggester');

const outline = JSON.parse(fs.readFileSync(path.join(__dirname, 'alexa-packages.json'), 'utf8'));

// Properties any component takes, a package's layout as much as a Text (APL base component).
const BASE = new Set([
  'type', 'when', 'description', 'id', 'style', 'bind', 'width', 'height', 'minWidth', 'maxWidth',
  'minHeight', 'maxHeight', 'spacing', 'grow', 'shrink', 'alignSelf', 'position', 'display',
  'opacity', 'paddingLeft', 'paddingRight', 'paddingTop', 'paddingBottom', 'padding',
  'accessibilityLabel', 'entities', 'inheritParentState', 'layoutDirection', 'transform',
]);

// No request leaves this process: a package is read from the outline, anything else fails.
axios.defaults.adapter = async (config) => {
  const found = /\/packages\/([^/]+)\/([^/]+)\//.exec(config.url || '');
  if (!found || !(found[1] in outline)) {
    throw new Error(`no network for ${config.url}`);
  }
  const layouts = {};
  for (const [name, parameters] of Object.entries(outline[found[1]])) {
    layouts[name] = {parameters: parameters.map((p) => ({name: p, type: 'any'})), items: []};
  }
  const data = {type: 'APL', version: '2023.2', layouts};
  return {data, status: 200, statusText: 'OK', headers: {}, config, request: {}};
};

const packageLayouts = {};
for (const [pkg, layouts] of Object.entries(outline)) {
  if (pkg === 'description') continue;
  for (const [name, parameters] of Object.entries(layouts)) packageLayouts[name] = new Set(parameters);
}

function* components(node, where) {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* components(item, `${where}/${i}`);
  } else if (node && typeof node === 'object') {
    if (typeof node.type === 'string') yield [node, where];
    for (const [key, value] of Object.entries(node)) {
      if (key === 'item' || key === 'items' || key === 'firstItem' || key === 'lastItem') {
        yield* components(value, `${where}/${key}`);
      }
    }
  }
}

function packageUseProblems(document) {
  const problems = [];
  const roots = [['/mainTemplate', document.mainTemplate]];
  for (const [name, layout] of Object.entries(document.layouts || {})) roots.push([`/layouts/${name}`, layout]);
  for (const [where, root] of roots) {
    for (const [component, at] of components(root.items || root.item || [], `${where}/items`)) {
      const allowed = packageLayouts[component.type];
      if (!allowed) continue;
      for (const key of Object.keys(component)) {
        if (!BASE.has(key) && !allowed.has(key)) {
          problems.push(`${at}: ${component.type} has no parameter ${key}`);
        }
      }
    }
  }
  return problems;
}

async function check(entry) {
  const found = [];
  const controller = suggester.ErrorController.getInstance();
  controller.registerErrors();
  controller.clearExistingWarn();
  controller.setErrorInterface({
    sendError: (error) => found.push(`${error.level} ${error.code}: ${JSON.stringify(error.placeholders || {})}`),
  });
  const validator = new suggester.StaticAplTemplateValidator();
  for (const info of await validator.validate(entry.document)) {
    found.push(`${info.level || 'WARNING'} ${info.path}: ${info.errorMessage}`);
  }
  for (const info of await validator.validateDataSources(entry.datasources || {})) {
    found.push(`${info.level || 'WARNING'} ${info.path}: ${info.errorMessage}`);
  }
  return [...new Set(found)].concat(packageUseProblems(entry.document));
}

async function main() {
  const entries = JSON.parse(fs.readFileSync(0, 'utf8'));
  const results = {};
  for (const entry of entries) results[entry.name] = await check(entry);
  process.stdout.write(JSON.stringify(results));
}

// The validator logs its own notes (such as "No mixin for component") on stdout: keep stdout for
// the results alone.
console.log = (...args) => process.stderr.write(args.join(' ') + '\n');
main().catch((error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
