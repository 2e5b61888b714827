// What virtual-alexa understands of each utterance, from the interaction model's samples alone.
//
//   node understand.js INTERACTION_MODEL < cases.json > understood.json
//
// cases.json is a JSON array of {"utterance": "...", "elicit": null | {"intent", "slot"}}.
// While a slot is elicited, Alexa also hears the answer through that slot's own samples
// (the dialog model's slot samples), which virtual-alexa's utter() does not: those are
// tried as a second model. Each case gets {"intent": NAME | null, "slots": {name: raw value}};
// null means no sample matched (virtual-alexa refuses the utterance).
"use strict";

const fs = require("fs");
const { InteractionModel } = require("virtual-alexa/lib/src/model/InteractionModel");
const { Utterance } = require("virtual-core");

function understood(model, phrase) {
  const utterance = new Utterance(model, phrase);
  return utterance.matched() ? { intent: utterance.intent(), slots: utterance.toJSON() } : null;
}

// A model whose only samples are the elicited slot's samples, kept under its intent's name.
function slotSampleModel(json, elicit) {
  const language = json.interactionModel.languageModel;
  const intent = language.intents.find((i) => i.name === elicit.intent);
  const slot = ((intent && intent.slots) || []).find((s) => s.name === elicit.slot);
  if (!slot || !(slot.samples || []).length) {
    return null;
  }
  const only = { ...intent, samples: slot.samples };
  return InteractionModel.fromJSON({
    interactionModel: { languageModel: { ...language, intents: [only] } },
  });
}

function main() {
  const [path] = process.argv.slice(2);
  if (!path) {
    throw new Error("usage: node understand.js INTERACTION_MODEL < cases.json");
  }
  const json = JSON.parse(fs.readFileSync(path, "utf8"));
  const model = InteractionModel.fromJSON(json);
  const bySlot = new Map();
  const cases = JSON.parse(fs.readFileSync(0, "utf8"));
  const results = cases.map(({ utterance, elicit }) => {
    const heard = understood(model, utterance);
    if (!elicit || (heard && heard.intent !== elicit.intent)) {
      return heard || { intent: null, slots: {} };
    }
    const key = `${elicit.intent}.${elicit.slot}`;
    if (!bySlot.has(key)) {
      bySlot.set(key, slotSampleModel(json, elicit));
    }
    const slotModel = bySlot.get(key);
    const answer = slotModel && understood(slotModel, utterance);
    return answer || heard || { intent: null, slots: {} };
  });
  process.stdout.write(JSON.stringify(results));
}

main();
