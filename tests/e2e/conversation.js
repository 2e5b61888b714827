// One conversation with a running skill, driven by virtual-alexa.
//
//   node conversation.js SKILL_URL INTERACTION_MODEL APPLICATION_ID [LOCALE] < steps.json > turns.json
//
// virtual-alexa understands what is said from the interaction model, builds the request
// envelopes (in LOCALE, en-US unless given), keeps the session and posts to SKILL_URL. The
// steps (a JSON array) are:
//   {"launch": true}          "Alexa, open letting go"
//   {"say": "..."}            an utterance, matched against the model's sample utterances
//   {"answer": "VALUE"}       the value Alexa's understanding would give the slot the last
//                             Dialog.ElicitSlot asked for (virtual-alexa does not route an
//                             answer into an elicited slot by itself, so the step says which)
//   {"confirm": true|false}   yes or no to the last Dialog.ConfirmIntent
//   {"end": true}             the person walks away (SessionEndedRequest)
// Each turn is printed as {"ok": true, "response": ...} or {"ok": false, "error": "..."}.
"use strict";

const fs = require("fs");
const { VirtualAlexa } = require("virtual-alexa");

const TIME_LIMIT_MS = 60000;

function lastDialog(turns, type) {
  for (let i = turns.length - 1; i >= 0; i -= 1) {
    const response = turns[i].ok ? turns[i].response.response || {} : {};
    const directive = (response.directives || []).find((d) => d.type === type);
    if (directive) {
      return directive;
    }
  }
  throw new Error(`no ${type} directive to follow`);
}

function send(alexa, step, turns) {
  if (step.launch) {
    return alexa.launch();
  }
  if (step.say !== undefined) {
    return alexa.utter(step.say);
  }
  if (step.answer !== undefined) {
    const elicit = lastDialog(turns, "Dialog.ElicitSlot");
    return alexa
      .request()
      .intent(elicit.updatedIntent.name)
      .slot(elicit.slotToElicit, step.answer)
      .send();
  }
  if (step.confirm !== undefined) {
    const confirm = lastDialog(turns, "Dialog.ConfirmIntent");
    const status = step.confirm ? "CONFIRMED" : "DENIED";
    return alexa.request().intent(confirm.updatedIntent.name, status).send();
  }
  if (step.end) {
    return alexa.endSession();
  }
  throw new Error(`unknown step ${JSON.stringify(step)}`);
}

async function main() {
  const [url, model, applicationId, locale = "en-US"] = process.argv.slice(2);
  if (!url || !model || !applicationId) {
    throw new Error("usage: node conversation.js SKILL_URL INTERACTION_MODEL APPLICATION_ID [LOCALE]");
  }
  const steps = JSON.parse(fs.readFileSync(0, "utf8"));
  const alexa = VirtualAlexa.Builder()
    .skillURL(url)
    .interactionModelFile(model)
    .applicationID(applicationId)
    .locale(locale)
    .create();
  // There is no Alexa here to call back: the skill must get no API endpoint.
  alexa.filter((request) => {
    delete request.context.System.apiEndpoint;
    delete request.context.System.apiAccessToken;
  });
  const turns = [];
  for (const step of steps) {
    try {
      const response = await send(alexa, step, turns);
      turns.push({ ok: true, response });
    } catch (error) {
      turns.push({ ok: false, error: String(error && error.message ? error.message : error) });
    }
  }
  // Exit once written: a refused request leaves its connection open, which would keep node up.
  process.stdout.write(JSON.stringify(turns), () => process.exit(0));
}

const timer = setTimeout(() => {
  process.stderr.write(`conversation.js: gave up after ${TIME_LIMIT_MS} ms\n`);
  process.exit(3);
}, TIME_LIMIT_MS);
timer.unref();

main().catch((error) => {
  process.stderr.write(`conversation.js: ${error.stack || error}\n`);
  process.exit(2);
});
