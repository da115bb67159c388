/**
 * Family names written first in English-language news (Chinese in pinyin, Korean): "Xi Jinping"
 * is Mr Xi, "Yoon Suk Yeol" is Mr Yoon. Vietnamese names are left out (second references use the
 * last word: "Trong"), and so are family names that are also common English given names or words
 * (Kim, Lee, Moon, Ban, Long: Kim Darroch, Lee Anderson). A name of two or three words starting
 * with one of these is read family name first.
 */
export const FAMILY_NAME_FIRST: readonly string[] = [
  'Xi', 'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun',
  'Hu', 'Zhu', 'Gao', 'Lin', 'Guo', 'Luo', 'Liang', 'Zheng', 'Xie', 'Tang', 'Feng', 'Dong',
  'Xiao', 'Cheng', 'Cao', 'Yuan', 'Deng', 'Shen', 'Zeng', 'Peng', 'Jiang', 'Cai', 'Jia', 'Wei',
  'Pan', 'Xia', 'Zhong', 'Tian', 'Qin', 'Yao', 'Hou', 'Qian', 'Kong', 'Wen', 'Zhan', 'Bai',
  'Park', 'Choi', 'Yoon', 'Jung', 'Kang', 'Cho', 'Shin', 'Hwang', 'Ahn', 'Oh', 'Han',
];
