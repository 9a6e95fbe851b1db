/**
 * Changes to Decap's own Simplified Chinese phrases (locale `zh_Hans`): its three workflow
 * columns become the steps of 三审, and “集合” (collection) becomes plain “内容”. The admin
 * page merges these over the built-in phrases before the editor starts.
 */

export interface Phrases {
	[key: string]: string | Phrases;
}

export const WORKFLOW_STEPS = { draft: '草稿', review: '审核中', ready: '待签发', published: '已发布' } as const;

export const PHRASE_OVERRIDES: Phrases = {
	app: { header: { workflow: '三审流程' } },
	collection: { sidebar: { collections: '内容', allCollections: '全部内容' } },
	workflow: {
		workflow: {
			workflowHeading: '三审流程：草稿 → 审核中 → 待签发 → 已发布',
			newPost: '新建',
			// dayjs format for the cards' dates; Decap's default (MMMM D) prints English month names.
			dateFormat: 'M月D日',
			description: `%{smart_count} 条${WORKFLOW_STEPS.review}，%{readyCount} 条${WORKFLOW_STEPS.ready} |||| %{smart_count} 条${WORKFLOW_STEPS.review}，%{readyCount} 条${WORKFLOW_STEPS.ready}`,
		},
		workflowList: {
			draftHeader: WORKFLOW_STEPS.draft,
			inReviewHeader: WORKFLOW_STEPS.review,
			readyHeader: WORKFLOW_STEPS.ready,
			onPublishingNotReadyEntry: `只有“${WORKFLOW_STEPS.ready}”一列中的内容才能发布。请先把卡片拖到“${WORKFLOW_STEPS.ready}”一列。`,
		},
	},
	editor: {
		editor: { onPublishingNotReady: `请先把状态改为“${WORKFLOW_STEPS.ready}”，再发布。` },
		editorToolbar: {
			draft: WORKFLOW_STEPS.draft,
			inReview: WORKFLOW_STEPS.review,
			ready: WORKFLOW_STEPS.ready,
			published: WORKFLOW_STEPS.published,
			status: '状态：%{status}',
			backCollection: '正在编辑“%{collectionLabel}”',
		},
	},
};
