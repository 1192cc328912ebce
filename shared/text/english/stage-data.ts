/** The data stage: its editor, records and canvas. */
import type { Message } from '../translator';

export const STAGE_DATA = {
  // The four pilot-to-scale contrasts, by `choiceLabels`: what the pilot had, what scale brings.
  'choice.dataContrastPilot.curatedVsLive': 'A dataset prepared by hand',
  'choice.dataContrastScale.curatedVsLive': 'Live production data, mess and all',
  'choice.dataContrastPilot.singleVsMany': 'One source',
  'choice.dataContrastScale.singleVsMany': 'Many connected systems',
  'choice.dataContrastPilot.staticVsRealtime': 'Fixed inputs',
  'choice.dataContrastScale.staticVsRealtime': 'Real-time feeds with gaps and errors',
  'choice.dataContrastPilot.controlledVsEdgeCases': 'A controlled setting',
  'choice.dataContrastScale.controlledVsEdgeCases': 'Edge cases nobody planned for',
  'stage.data.theAiSystem': 'The AI system',
  'stage.data.addDataSource': 'Add data source',
  'stage.data.selectedOnThe': 'Selected on the map',
  'stage.data.selectASource':
    'Select a source to edit it. Double-click an empty spot to add a source there. Every source here is a row of the list, and the other way round.',
  'stage.data.unnamedSystem': 'Unnamed system',
  'stage.data.system': 'System',
  'stage.data.owner': 'Owner',
  'stage.data.howTheData': 'How the data arrives',
  'stage.data.readiness': 'Readiness',
  'stage.data.automatedFlowsWith': 'Automated: flows with nobody moving data by hand',
  'stage.data.notes': 'Notes',
  'stage.data.list': 'List',
  'stage.data.map': 'Map',
  'stage.data.listEverySystem':
    'List every system the AI will read from once it is live, not just the one the pilot used. For each, ask who owns it, how the data really arrives, whether anyone has to touch it by hand, and how its production reality differs from the tidy pilot data.',
  'stage.data.dataViews': 'Data views',
  'stage.data.openingTheMap': 'Opening the map…',
  'stage.data.productionDataSources': 'Production data sources',
  'stage.data.noDataSources':
    'No data sources yet. Start with the system the pilot used, then ask what else feeds the work.',
  'stage.data.sourceCount': { one: '{count} source', other: '{count} sources' },
  'stage.data.sourcesSummary':
    '{sources}: {ready} ready, {manual} still moved by hand. Open a source’s details for how its data arrives and how the pilot compares with scale.',
  'stage.data.dataSourceValue1': 'data source {value1}',
  'stage.data.systemOfData': 'System of data source {value1}',
  'stage.data.forExamplePolicy': 'For example: Policy administration',
  'stage.data.details': 'Details',
  'stage.data.ofName': 'of {name}',
  'stage.data.nameFeedsTheAi': '({name} feeds the AI with nobody moving data by hand)',
  'stage.data.fromName': 'from {name}',
  'stage.data.onName': 'on {name}',
  'stage.data.remove': 'Remove',
  'stage.data.ownerOfName': 'Owner of {name}',
  'stage.data.removeName': 'Remove {name}',
  'stage.data.readinessOfName': 'Readiness of {name}',
  'stage.data.automated': 'Automated',
  'stage.data.aManualExport': 'A manual export is marked as automated: check which is true.',
  'stage.data.becomes': 'becomes',
  'stage.data.inThePilot': 'In the pilot',
  'stage.data.atScale': 'At scale',
  'stage.data.nameTheSystem': 'Name the system.',
  'stage.data.markedReadyBut':
    'Marked ready, but someone moves this data by hand: can it run at full volume without them?',
} as const satisfies Readonly<Record<string, Message>>;
