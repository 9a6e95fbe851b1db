/**
 * Domain terms readers will type, each with the page it must find (site path, no base).
 * Place names, initiatives, lead bodies, benchmark regions and indicators, from content/ and
 * the source article. Pagefind segments Chinese at index time with a dictionary (jieba) and at
 * query time with ICU's Intl.Segmenter; where the two disagree a term stops finding its page
 * (upstream issue 1237), so every build checks this list (tests/search/index.test.ts).
 * When content changes, keep each term on a page that really contains it: the test checks that too.
 */
export interface SearchTerm {
	term: string;
	page: string;
}

export const SEARCH_TERMS: readonly SearchTerm[] = [
	// Places and projects
	{ term: '琼江', page: 'initiatives/qiongjiang-shengtai-zoulang/' },
	{ term: '琼江生态走廊', page: 'initiatives/qiongjiang-shengtai-zoulang/' },
	{ term: '乡村振兴走廊', page: 'initiatives/qiongjiang-xiangcun-zhenxing-zoulang/' },
	{ term: '凤凰新城', page: 'initiatives/fenghuang-xincheng/' },
	{ term: '常理镇', page: 'initiatives/changli-kaige-gongshe/' },
	{ term: '凯歌公社', page: 'initiatives/changli-kaige-gongshe/' },
	{ term: '沼气', page: 'initiatives/changli-kaige-gongshe/' },
	{ term: '三家大米', page: 'initiatives/sanjia-dami-nongye-yuanqu/' },
	{ term: '遂宁红薯', page: 'initiatives/suining-hongshu-nongye-yuanqu/' },
	{ term: '红薯', page: 'initiatives/suining-hongshu-nongye-yuanqu/' },
	{ term: '十大现代农业园区', page: 'initiatives/shida-xiandai-nongye-yuanqu/' },
	{ term: '网红街区', page: 'initiatives/wanghong-jiequ-yejian-jingji/' },
	{ term: '夜间经济', page: 'initiatives/wanghong-jiequ-yejian-jingji/' },
	{ term: '两带一街多点', page: 'initiatives/wanghong-jiequ-yejian-jingji/' },
	{ term: '四川职业技术学院', page: 'initiatives/zhiye-jiaoyu-chanjiao-ronghe/' },
	{ term: '江淮汽车学院', page: 'initiatives/zhiye-jiaoyu-chanjiao-ronghe/' },
	{ term: '世界锂都', page: 'initiatives/keji-chuangxin-sannian-gongjian/' },
	{ term: '安居区', page: '' },
	// Initiatives and the plan's own phrases
	{ term: '八连冠', page: 'initiatives/guishang-gongye-zengsu-balianguan/' },
	{ term: '科技创新三年攻坚行动', page: 'initiatives/keji-chuangxin-sannian-gongjian/' },
	{ term: '项目攻坚', page: 'initiatives/xiangmu-gongjian-xingdong/' },
	{ term: '民生实事', page: 'initiatives/minsheng-shishi/' },
	{ term: '公园城市', page: 'initiatives/gongyuan-chengshi/' },
	{ term: '幸福美好生活十大工程', page: 'initiatives/xingfu-meihao-shenghuo-shida-gongcheng/' },
	{ term: '乡村治理示范镇村', page: 'initiatives/xiangcun-zhili-shifan-zhencun/' },
	{ term: '基层社会治理', page: 'initiatives/jiceng-shehui-zhili/' },
	{ term: '安全生产专项整治', page: 'initiatives/anquan-shengchan-zhuanxiang-zhengzhi/' },
	{ term: '产教融合', page: 'initiatives/zhiye-jiaoyu-chanjiao-ronghe/' },
	{ term: '蹲点调研', page: 'initiatives/duibiao-jingjin-changtai-jizhi/' },
	{ term: '提质晋位', page: 'initiatives/jieduan-chengxiao-tizhi-jinwei-kaohe/' },
	{ term: '五年总体谋划', page: 'initiatives/wunian-zongti-mouhua-pinggu/' },
	{ term: '三个百亿产业', page: 'initiatives/sange-baiyi-chanye-qianyi-yuanqu/' },
	{ term: '千亿园区', page: 'initiatives/sange-baiyi-chanye-qianyi-yuanqu/' },
	{ term: '对标竞进', page: '' },
	// Pillars
	{ term: '安业安居', page: 'pillars/anye-anju/' },
	{ term: '安逸安居', page: 'pillars/anyi-anju/' },
	{ term: '安心安居', page: 'pillars/anxin-anju/' },
	{ term: '竞进安居', page: 'pillars/jingjin-anju/' },
	// Lead bodies
	{ term: '区应急管理局', page: 'initiatives/anquan-shengchan-zhuanxiang-zhengzhi/' },
	{ term: '住房和城乡建设局', page: 'initiatives/fenghuang-xincheng/' },
	{ term: '区商务局', page: 'initiatives/wanghong-jiequ-yejian-jingji/' },
	{ term: '经济和信息化局', page: 'initiatives/guishang-gongye-zengsu-balianguan/' },
	{ term: '区委组织部', page: 'initiatives/duibiao-jingjin-changtai-jizhi/' },
	{ term: '区委政法委', page: 'initiatives/jiceng-shehui-zhili/' },
	{ term: '科学技术局', page: 'initiatives/keji-chuangxin-sannian-gongjian/' },
	{ term: '投资促进局', page: 'initiatives/xiangmu-gongjian-xingdong/' },
	{ term: '常理镇人民政府', page: 'initiatives/changli-kaige-gongshe/' },
	// Benchmark regions
	{ term: '游仙', page: 'benchmarks/' },
	{ term: '绵阳', page: 'benchmarks/' },
	{ term: '嘉陵', page: 'benchmarks/' },
	{ term: '南充', page: 'benchmarks/' },
	{ term: '铜梁', page: 'benchmarks/' },
	{ term: '安吉', page: 'benchmarks/' },
	{ term: '溧阳', page: 'benchmarks/' },
	{ term: '安吉白茶', page: 'benchmarks/' },
	{ term: '动力电池', page: 'benchmarks/' },
	{ term: '中国科技城', page: 'benchmarks/' },
	// Indicators and updates
	{ term: '规上工业增加值', page: 'indicators/guishang-gongye-zengjiazhi-zengsu/' },
	{ term: '高新技术企业', page: 'indicators/gaoxin-jishu-qiye/' },
	{ term: '农村居民人均可支配收入', page: 'indicators/nongcun-jumin-renjun-kezhipei-shouru/' },
	{ term: '城市公园绿地面积', page: 'indicators/chengshi-gongyuan-lvdi-mianji/' },
	{ term: '订单式培养', page: 'indicators/dingdan-peiyang-rencai/' },
	{ term: '生产安全事故', page: 'indicators/anquan-shengchan-shigu-qishu/' },
	{ term: '45公里', page: 'updates/2026-09-qiongjiang-zoulang-45-gongli/' },
	{ term: '第三季度', page: 'updates/2026-q3-jinzhan-huizong/' },
];

/** A sample typed into the search page in Chromium: places, a benchmark, a body, a long phrase. */
export const BROWSER_SAMPLE: readonly string[] = ['琼江', '凯歌公社', '三家大米', '常理镇', '游仙', '溧阳', '区委政法委', '两带一街多点'];
