/**
 * Domain terms readers will type, each with the page it must find (site path, no base).
 * Place names, initiatives, lead bodies, benchmark regions and indicators, from content/ and
 * the source article. Pagefind segments Chinese at index time with a dictionary (jieba) and at
 * query time with ICU's Intl.Segmenter; where the two disagree a term stops finding its page
 * (upstream issue 1237), so every build checks this list (tests/search/index.test.ts).
 * When content changes, keep each term on a page that really contains it: the test checks that too.
 * Each term also gives how high its page must rank (ranked with SEARCH_RANKING, src/client/pagefind.ts).
 */
export interface SearchTerm {
	term: string;
	page: string;
	/**
	 * The page's rank at worst, 1 being the first result. A term equal to or contained in the page's
	 * title ranks it first; a looser rank says why in a comment (another page is the named one, or
	 * several titles hold the term).
	 */
	rank: number;
}

export const SEARCH_TERMS: readonly SearchTerm[] = [
	// Places and projects
	{ term: '琼江', page: 'initiatives/qiongjiang-shengtai-zoulang/', rank: 1 },
	// also in the title of the indicator 琼江生态走廊建成里程
	{ term: '琼江生态走廊', page: 'initiatives/qiongjiang-shengtai-zoulang/', rank: 2 },
	{ term: '乡村振兴走廊', page: 'initiatives/qiongjiang-xiangcun-zhenxing-zoulang/', rank: 1 },
	// also in the title of the indicator 凤凰新城基础设施完成投资
	{ term: '凤凰新城', page: 'initiatives/fenghuang-xincheng/', rank: 2 },
	{ term: '常理镇', page: 'initiatives/changli-kaige-gongshe/', rank: 1 },
	{ term: '凯歌公社', page: 'initiatives/changli-kaige-gongshe/', rank: 1 },
	{ term: '沼气', page: 'initiatives/changli-kaige-gongshe/', rank: 1 },
	{ term: '三家大米', page: 'initiatives/sanjia-dami-nongye-yuanqu/', rank: 1 },
	{ term: '遂宁红薯', page: 'initiatives/suining-hongshu-nongye-yuanqu/', rank: 1 },
	{ term: '红薯', page: 'initiatives/suining-hongshu-nongye-yuanqu/', rank: 1 },
	{ term: '十大现代农业园区', page: 'initiatives/shida-xiandai-nongye-yuanqu/', rank: 1 },
	{ term: '网红街区', page: 'initiatives/wanghong-jiequ-yejian-jingji/', rank: 1 },
	{ term: '夜间经济', page: 'initiatives/wanghong-jiequ-yejian-jingji/', rank: 1 },
	{ term: '两带一街多点', page: 'initiatives/wanghong-jiequ-yejian-jingji/', rank: 1 },
	{ term: '四川职业技术学院', page: 'initiatives/zhiye-jiaoyu-chanjiao-ronghe/', rank: 1 },
	{ term: '江淮汽车学院', page: 'initiatives/zhiye-jiaoyu-chanjiao-ronghe/', rank: 1 },
	// only in the text; the pillar page 安业安居 quotes the same summary
	{ term: '世界锂都', page: 'initiatives/keji-chuangxin-sannian-gongjian/', rank: 2 },
	{ term: '安居区', page: '', rank: 1 },
	// Initiatives and the plan's own phrases
	{ term: '八连冠', page: 'initiatives/guishang-gongye-zengsu-balianguan/', rank: 1 },
	{ term: '科技创新三年攻坚行动', page: 'initiatives/keji-chuangxin-sannian-gongjian/', rank: 1 },
	{ term: '项目攻坚', page: 'initiatives/xiangmu-gongjian-xingdong/', rank: 1 },
	// also in the title of the indicator 民生实事完成件数
	{ term: '民生实事', page: 'initiatives/minsheng-shishi/', rank: 2 },
	// the indicator 城市公园绿地面积 has both of its words, 公园 and 城市, in its title
	{ term: '公园城市', page: 'initiatives/gongyuan-chengshi/', rank: 2 },
	{ term: '幸福美好生活十大工程', page: 'initiatives/xingfu-meihao-shenghuo-shida-gongcheng/', rank: 1 },
	// also in the title of the indicator 乡村治理示范镇村数
	{ term: '乡村治理示范镇村', page: 'initiatives/xiangcun-zhili-shifan-zhencun/', rank: 2 },
	{ term: '基层社会治理', page: 'initiatives/jiceng-shehui-zhili/', rank: 1 },
	{ term: '安全生产专项整治', page: 'initiatives/anquan-shengchan-zhuanxiang-zhengzhi/', rank: 1 },
	{ term: '产教融合', page: 'initiatives/zhiye-jiaoyu-chanjiao-ronghe/', rank: 1 },
	// also in the titles of an update and an indicator, ranked first
	{ term: '蹲点调研', page: 'initiatives/duibiao-jingjin-changtai-jizhi/', rank: 3 },
	{ term: '提质晋位', page: 'initiatives/jieduan-chengxiao-tizhi-jinwei-kaohe/', rank: 1 },
	{ term: '五年总体谋划', page: 'initiatives/wunian-zongti-mouhua-pinggu/', rank: 1 },
	{ term: '三个百亿产业', page: 'initiatives/sange-baiyi-chanye-qianyi-yuanqu/', rank: 1 },
	{ term: '千亿园区', page: 'initiatives/sange-baiyi-chanye-qianyi-yuanqu/', rank: 1 },
	// the site’s name, in the titles of the home page and of many others
	{ term: '对标竞进', page: '', rank: 7 },
	// Pillars
	{ term: '安业安居', page: 'pillars/anye-anju/', rank: 1 },
	{ term: '安逸安居', page: 'pillars/anyi-anju/', rank: 1 },
	{ term: '安心安居', page: 'pillars/anxin-anju/', rank: 1 },
	{ term: '竞进安居', page: 'pillars/jingjin-anju/', rank: 1 },
	// Lead bodies: the unit's own page (区应急管理局 …) ranks first, as it should; the initiative it
	// leads follows it and the list pages (推进举措, 责任单位, a pillar) whose cards name the unit.
	{ term: '区应急管理局', page: 'initiatives/anquan-shengchan-zhuanxiang-zhengzhi/', rank: 2 },
	{ term: '住房和城乡建设局', page: 'initiatives/fenghuang-xincheng/', rank: 7 },
	{ term: '区商务局', page: 'initiatives/wanghong-jiequ-yejian-jingji/', rank: 3 },
	{ term: '经济和信息化局', page: 'initiatives/guishang-gongye-zengsu-balianguan/', rank: 3 },
	{ term: '区委组织部', page: 'initiatives/duibiao-jingjin-changtai-jizhi/', rank: 2 },
	{ term: '区委政法委', page: 'initiatives/jiceng-shehui-zhili/', rank: 4 },
	{ term: '科学技术局', page: 'initiatives/keji-chuangxin-sannian-gongjian/', rank: 3 },
	{ term: '投资促进局', page: 'initiatives/xiangmu-gongjian-xingdong/', rank: 2 },
	{ term: '常理镇人民政府', page: 'initiatives/changli-kaige-gongshe/', rank: 2 },
	// Benchmark regions: the region's own page (绵阳市游仙区 …) ranks first, as it should, and the
	// indicators compared with it may come before the overview /benchmarks/.
	{ term: '游仙', page: 'benchmarks/', rank: 3 },
	{ term: '绵阳', page: 'benchmarks/', rank: 3 },
	{ term: '嘉陵', page: 'benchmarks/', rank: 3 },
	{ term: '南充', page: 'benchmarks/', rank: 3 },
	{ term: '铜梁', page: 'benchmarks/', rank: 3 },
	{ term: '安吉', page: 'benchmarks/', rank: 2 },
	{ term: '溧阳', page: 'benchmarks/', rank: 2 },
	{ term: '安吉白茶', page: 'benchmarks/', rank: 2 },
	{ term: '动力电池', page: 'benchmarks/', rank: 2 },
	{ term: '中国科技城', page: 'benchmarks/', rank: 1 },
	// Indicators and updates
	{ term: '规上工业增加值', page: 'indicators/guishang-gongye-zengjiazhi-zengsu/', rank: 1 },
	{ term: '高新技术企业', page: 'indicators/gaoxin-jishu-qiye/', rank: 1 },
	{ term: '农村居民人均可支配收入', page: 'indicators/nongcun-jumin-renjun-kezhipei-shouru/', rank: 1 },
	{ term: '城市公园绿地面积', page: 'indicators/chengshi-gongyuan-lvdi-mianji/', rank: 1 },
	{ term: '订单式培养', page: 'indicators/dingdan-peiyang-rencai/', rank: 1 },
	{ term: '生产安全事故', page: 'indicators/anquan-shengchan-shigu-qishu/', rank: 1 },
	{ term: '45公里', page: 'updates/2026-09-qiongjiang-zoulang-45-gongli/', rank: 1 },
	// the initiative 强力推进项目攻坚行动 names the quarter as often as this update (its quarterly figures), and ranks first
	{ term: '第三季度', page: 'updates/2026-q3-jinzhan-huizong/', rank: 2 },
];

/** A sample typed into the search page in Chromium: places, a benchmark, a body, a long phrase. */
export const BROWSER_SAMPLE: readonly string[] = ['琼江', '凯歌公社', '三家大米', '常理镇', '游仙', '溧阳', '区委政法委', '两带一街多点'];
