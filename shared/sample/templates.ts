// The preset brief templates the sample uses: the app's own presets (shared/model/brief-presets.ts), re-exported so both stay one definition.
export { PRESET_TEMPLATE_IDS, presetBriefTemplates } from '../model/brief-presets';
