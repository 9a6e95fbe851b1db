/**
 * The web editor's preview pane for initiatives and indicators, shown the way the site shows
 * them: the status badge with its symbol, the facts, the milestones, the narrative; an
 * indicator's figures as a table and a small line chart. A browser script for Decap CMS, which
 * provides `h` (React.createElement) and `createClass`; /admin/preview.js is this file followed
 * by the call with the site's labels (src/pages/admin/preview.js.ts). Every value is text passed
 * to React, which escapes it: nothing from the entry becomes markup, and the body is Decap's own
 * sanitised Markdown preview (`widgetFor('body')`, with `sanitize_preview`).
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the line /admin/preview.js appends
function registerAnjuPreviews(CMS, h, createClass, data) {
	/** A value of the entry as plain data (Decap hands lists and objects over as Immutable). */
	function field(entry, key) {
		const value = entry.getIn(['data', key]);
		return value && typeof value.toJS === 'function' ? value.toJS() : value;
	}

	function text(value) {
		return value === undefined || value === null ? '' : String(value);
	}

	function month(value) {
		const match = /^(\d{4})-(\d{2})/.exec(text(value));
		return match ? `${match[1]}年${Number(match[2])}月` : text(value);
	}

	function period(value) {
		const written = text(value);
		const quarter = /^(\d{4})-Q([1-4])$/.exec(written);
		if (quarter) return `${quarter[1]}年第${'一二三四'[Number(quarter[2]) - 1]}季度`;
		if (/^\d{4}-\d{2}$/.test(written)) return month(written);
		return /^\d{4}$/.test(written) ? `${written}年` : written;
	}

	function badge(info, fallback) {
		if (!info) return h('span', { className: 'status-badge status-neutral' }, text(fallback) || '未选择');
		return h('span', { className: `status-badge status-${info.tone}` }, h('span', { 'aria-hidden': 'true' }, info.symbol), ` ${info.label}`);
	}

	function sampleMark(entry) {
		return field(entry, 'sample') ? h('span', { className: 'sample-label' }, '示例数据') : null;
	}

	function fact(label, value) {
		return value ? h('div', null, h('dt', null, label), h('dd', null, value)) : null;
	}

	function unitName(slug) {
		return data.units[slug] || text(slug);
	}

	function milestoneList(milestones) {
		if (!Array.isArray(milestones) || milestones.length === 0) return null;
		return h(
			'ol',
			{ className: 'preview-milestones' },
			milestones.map((milestone, index) =>
				h(
					'li',
					{ key: index },
					h('span', { 'aria-hidden': 'true' }, milestone && milestone.done ? '✔ ' : '○ '),
					h('strong', null, text(milestone && milestone.title)),
					` · ${milestone && milestone.done ? '已完成' : '未完成'} · 计划 ${month(milestone && milestone.planned)}`,
				),
			),
		);
	}

	const Initiative = createClass({
		render() {
			const entry = this.props.entry;
			const partners = field(entry, 'partner_units');
			const reason = field(entry, 'status_reason');
			return h(
				'article',
				{ className: 'preview' },
				h('p', { className: 'preview-note' }, '预览：与网站上的举措页面相同的排版；保存并发布后才会公开。'),
				h('h1', null, text(field(entry, 'title')) || '（未填写举措名称）'),
				h('p', { className: 'summary' }, text(field(entry, 'summary'))),
				h(
					'div',
					{ className: 'preview-status' },
					h('p', null, '推进状态：', badge(data.statuses[field(entry, 'status')], field(entry, 'status')), ' ', sampleMark(entry)),
					reason ? h('p', null, h('strong', null, '原因说明：'), text(reason)) : null,
					h('p', { className: 'muted' }, `状态截至 ${text(field(entry, 'status_as_of'))}`),
				),
				h(
					'dl',
					{ className: 'preview-facts' },
					fact('牵头单位', unitName(field(entry, 'lead_unit'))),
					fact('配合单位', Array.isArray(partners) ? partners.map(unitName).join('、') : ''),
					fact('实施期限', `${month(field(entry, 'start'))}至${month(field(entry, 'due'))}`),
					fact('实施地点', text(field(entry, 'location'))),
				),
				milestoneList(field(entry, 'milestones')),
				h('div', { className: 'prose' }, this.props.widgetFor('body')),
			);
		},
	});

	/** The series as a small line chart, with the target as a dashed line: decorative, the table beside it has the figures. */
	function lineChart(series, target) {
		const values = series.map((observation) => Number(observation && observation.value)).filter((value) => Number.isFinite(value));
		if (values.length < 2) return null;
		const goal = target && Number.isFinite(Number(target.value)) ? Number(target.value) : undefined;
		const top = Math.max(...values, goal === undefined ? -Infinity : goal);
		const bottom = Math.min(0, ...values);
		const span = top - bottom || 1;
		const x = (index) => 10 + (index * 280) / (values.length - 1);
		const y = (value) => 110 - ((value - bottom) / span) * 100;
		return h(
			'svg',
			{ className: 'preview-chart', viewBox: '0 0 300 120', 'aria-hidden': 'true', focusable: 'false' },
			goal === undefined ? null : h('line', { x1: 10, x2: 290, y1: y(goal), y2: y(goal), stroke: 'currentColor', strokeDasharray: '4 4', strokeWidth: 1 }),
			h('polyline', { points: values.map((value, index) => `${x(index)},${y(value)}`).join(' '), fill: 'none', stroke: 'currentColor', strokeWidth: 2 }),
		);
	}

	const Indicator = createClass({
		render() {
			const entry = this.props.entry;
			const unit = text(field(entry, 'unit'));
			const series = Array.isArray(field(entry, 'series')) ? field(entry, 'series') : [];
			const target = field(entry, 'target');
			const baseline = field(entry, 'baseline');
			const source = field(entry, 'source');
			const decimals = field(entry, 'decimals');
			// Written with the indicator's decimals, as the site writes them (23 → 23.0); anything not a number as typed.
			const figure = (value) => (Number.isInteger(decimals) && value !== '' && Number.isFinite(Number(value)) ? Number(value).toFixed(decimals) : text(value));
			return h(
				'article',
				{ className: 'preview' },
				h('p', { className: 'preview-note' }, '预览：与网站上的指标页面相同的排版；保存并发布后才会公开。'),
				h('h1', null, text(field(entry, 'title')) || '（未填写指标名称）', ' ', sampleMark(entry)),
				h('p', null, `口径：${text(field(entry, 'definition'))}`),
				h(
					'dl',
					{ className: 'preview-facts' },
					fact('单位', unit),
					fact('基期', baseline ? `${period(baseline.period)} ${figure(baseline.value)}${unit}` : ''),
					fact('目标', target ? `${period(target.period)} ${figure(target.value)}${unit}` : '无目标'),
				),
				lineChart(series, target),
				h(
					'table',
					null,
					h('caption', null, `${text(field(entry, 'title'))}（单位：${unit}）`),
					h(
						'thead',
						null,
						h(
							'tr',
							null,
							h('th', { scope: 'col' }, '统计期'),
							h('th', { scope: 'col', className: 'num' }, '数值'),
							h('th', { scope: 'col' }, '数据状态'),
							h('th', { scope: 'col' }, '备注'),
						),
					),
					h(
						'tbody',
						null,
						series.map((observation, index) =>
							h(
								'tr',
								{ key: index },
								h('th', { scope: 'row' }, period(observation && observation.period)),
								h('td', { className: 'num' }, figure(observation && observation.value)),
								h('td', null, data.observationStatuses[observation && observation.status] || ''),
								h('td', null, text(observation && observation.note)),
							),
						),
					),
				),
				source
					? h('p', { className: 'muted' }, `数据来源：${text(source.publisher)}${source.title ? `《${text(source.title).replace(/^《|》$/g, '')}》` : ''}`)
					: null,
			);
		},
	});

	CMS.registerPreviewStyle(data.css, { raw: true });
	for (const name of data.collections.initiatives) CMS.registerPreviewTemplate(name, Initiative);
	for (const name of data.collections.indicators) CMS.registerPreviewTemplate(name, Indicator);
}
