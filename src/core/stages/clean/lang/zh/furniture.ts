import type { FurnitureLexicon } from '../../furniture-lexicon.js';

/** Chinese page furniture. Chinese has no spaces, so phrases also match inside a short line. */
export const furniture: FurnitureLexicon = {
  related: ['相关阅读', '相关新闻', '延伸阅读', '推荐阅读', '热门文章'],
  share: ['分享', '分享到'],
  subscribe: ['订阅', '关注我们'],
  comments: ['评论', '发表评论'],
  feedback: ['这篇文章有帮助吗'],
  advert: ['广告'],
  posted: ['标签：', '标签:', '分类：'],
  navigation: ['阅读全文', '返回顶部', '打印', '加载更多'],
  captionLabels: ['图片', '图', '照片', '图片来源'],
  imageLines: ['图片来自', '图片来源'],
  bylineLabels: ['作者：', '作者:', '记者：'],
  disclaimerLabels: ['免责声明'],
  disclaimerPhrases: ['版权所有', '转载请注明'],
  readVersion: ['阅读', '版', '中文版', '英文版'],
  months: [],
  weekdays: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
  dateWords: ['年', '月', '日', '发布', '更新', '时间'],
  languageNames: ['中文', '简体', '繁體', '繁体', 'zh'],
};
