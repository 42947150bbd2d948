// The common Chinese surnames (about 98% of the population), so that only names, not words, are taken as people.
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜' +
  '崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施' +
  '文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛' +
  '曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席' +
  '卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁' +
  '胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋' +
  '相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅' +
  '利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由郇仉訾代';

const COMPOUND = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯', '宇文', '长孙', '端木',
  '申屠', '独孤', '南宫', '西门', '呼延', '闻人', '轩辕', '钟离', '澹台', '公冶', '太史', '万俟', '濮阳', '淳于', '单于',
];

// By character code, 1 for a single surname and 2 for the first character of a compound one: asked
// of every candidate name, so a table look-up, not a one-character string and a set.
const FIRSTS = new Uint8Array(0x10000);
for (const s of SINGLE) FIRSTS[s.charCodeAt(0)] = 1;
for (const s of COMPOUND) FIRSTS[s.charCodeAt(0)]! |= 2;

/** The surname a name starts with (欧阳 before 欧), or null when it starts with none. */
export function surnameOf(name: string): string | null {
  if (name.length === 0) return null;
  const first = FIRSTS[name.charCodeAt(0)]!;
  if ((first & 2) !== 0) for (const s of COMPOUND) if (name.startsWith(s)) return s;
  return (first & 1) !== 0 ? name[0]! : null;
}

/** False when no surname starts at `pos` (a cheap test before slicing out candidate names). */
export function mayStartSurname(text: string, pos: number): boolean {
  return FIRSTS[text.charCodeAt(pos)] !== 0;
}
