/**
 * Word stock for the ordinary-party corpora that the packages do not carry: the generic business
 * words and legal forms each country writes on declarations, Korean business words in Hangul,
 * the Gulf English spelling of the Arabic names in @faker-js/faker's `ar` locale, and the names
 * of famous people that the generator must never put together. Everything else comes from the
 * faker locales and Debian's Kazakh dictionary (see ordinary-parties.ts and the fixtures README).
 */

/** English words of trading-house and forwarder names, everywhere. */
export const TRADE_WORDS = [
  'Trading', 'Trading', 'Trading', 'General Trading', 'Logistics', 'Logistics', 'Import Export', 'Import & Export', 'Freight',
  'Shipping', 'Industrial', 'Steel', 'Group', 'Holding', 'Cargo', 'Transport', 'Supply', 'Commerce', 'Technologies',
  'Engineering', 'Machinery', 'Equipment', 'Electronics', 'Auto Parts', 'Solutions', 'Services', 'International', 'Global',
  'Industries', 'Enterprises', 'Distribution', 'Investment', 'Construction', 'Metals', 'Chemicals', 'Building Materials',
  'Foodstuff', 'Textiles', 'Trade', 'Trade', 'Freight Forwarding', 'Logistic Services', 'Trans', 'Marine', 'Energy', 'Agro',
];

/** English brand words of Gulf trading houses (Star, Falcon, Pearl ...). */
export const GULF_BRAND_WORDS = [
  'Gulf', 'Star', 'Royal', 'Golden', 'Falcon', 'Pearl', 'Crescent', 'Desert', 'Oasis', 'Emirates', 'Global', 'United', 'Prime',
  'Horizon', 'Sky', 'Blue Ocean', 'Silver', 'Diamond', 'Eagle', 'Sunrise', 'Palm', 'Noble', 'Zenith', 'Apex', 'Crown', 'Unity',
  'Green Line', 'Red Sea', 'Arabian', 'Orient', 'Seven Seas', 'Bright Way', 'First Choice', 'Smart Link', 'Fast Track',
  'Blue Wave', 'White Sand', 'Emerald', 'Sapphire', 'Coral', 'Marina', 'Creek', 'Harbour', 'Atlas', 'Delta', 'Alpha',
];

export const AE_ACTIVITIES = [
  'General Trading', 'General Trading', 'General Trading', 'Trading', 'Logistics', 'Shipping', 'Freight Services', 'Cargo',
  'Building Materials Trading', 'Foodstuff Trading', 'Auto Spare Parts Trading', 'Electronics Trading', 'Industrial Equipment Trading',
  'Steel Trading', 'Metals Trading', 'Marine Services', 'Shipping & Logistics', 'Freight Forwarding', 'Import & Export',
  'Heavy Equipment Trading', 'Computer Trading', 'Mobile Phones Trading', 'Textiles Trading', 'Chemicals Trading', 'Tyres Trading',
];
export const AE_FORMS = ['LLC', 'LLC', 'L.L.C', 'L.L.C.', 'Co. LLC', 'Co. (L.L.C.)', 'FZE', 'FZE', 'FZCO', 'FZ-LLC', 'DMCC', 'Est.', 'DWC-LLC'];

/**
 * Gulf English spelling of names in faker's `ar` locale (person.first_name.male / female,
 * person.last_name.generic, location.city_name). Only names listed here are used; the Arabic
 * keys are checked against the locale when the corpus is built.
 */
export const ARABIC_MALE_NAMES: Record<string, string> = {
  آسر: 'Aser', أحمد: 'Ahmed', أركان: 'Arkan', أسامة: 'Osama', أسعد: 'Asaad', أشرف: 'Ashraf', أكرم: 'Akram', أمان: 'Aman',
  أمجد: 'Amjad', أمير: 'Ameer', أمين: 'Ameen', أنس: 'Anas', أنيس: 'Anees', أوس: 'Aws', أيمن: 'Ayman', إياد: 'Eyad', إياس: 'Iyas',
  إيهاب: 'Ehab', ابراهيم: 'Ibrahim', باسل: 'Basel', باسم: 'Basem', بدر: 'Badr', بدران: 'Badran', بركات: 'Barakat', برهان: 'Burhan',
  بسام: 'Bassam', بلال: 'Bilal', بندر: 'Bandar', بهيج: 'Bahij', تميم: 'Tamim', توفيق: 'Tawfiq', تيسير: 'Tayseer', ثابت: 'Thabet',
  جابر: 'Jaber', جاد: 'Jad', جاسر: 'Jasser', جاسم: 'Jassim', جعفر: 'Jaafar', جلال: 'Jalal', جليل: 'Jalil', جمال: 'Jamal', جمعة: 'Juma',
  جميل: 'Jameel', جوهر: 'Jawhar', حاتم: 'Hatem', حارث: 'Harith', حازم: 'Hazem', حافظ: 'Hafez', حامد: 'Hamed', حبيب: 'Habib',
  حسام: 'Hussam', حسان: 'Hassaan', حسن: 'Hassan', حسني: 'Hosni', حكيم: 'Hakim', حلمي: 'Helmi', حليم: 'Halim', حمدان: 'Hamdan',
  حمدي: 'Hamdi', حمزة: 'Hamza', حميد: 'Hameed', خالد: 'Khalid', خلدون: 'Khaldoun', خليل: 'Khalil', خيري: 'Khairy', داوود: 'Dawood',
  رؤوف: 'Raouf', رائد: 'Raed', رائف: 'Raef', رابح: 'Rabeh', راتب: 'Rateb', راشد: 'Rashid', راغب: 'Ragheb', راكان: 'Rakan',
  رامز: 'Ramez', رامي: 'Rami', ربيع: 'Rabie', رجب: 'Rajab', رشاد: 'Rashad', رشدي: 'Rushdi', رشيد: 'Rasheed', رضا: 'Reda',
  رضوان: 'Radwan', رعد: 'Raad', رفيق: 'Rafiq', رمزي: 'Ramzi', رمضان: 'Ramadan', رياض: 'Riyad', ريان: 'Rayan', زاهر: 'Zaher',
  زياد: 'Ziad', زيدون: 'Zaidoun', سالم: 'Salem', سامح: 'Sameh', سامر: 'Samer', سامي: 'Sami', سراج: 'Siraj', سرحان: 'Sarhan',
  سعد: 'Saad', سعيد: 'Saeed', سفيان: 'Sufyan', سلامة: 'Salama', سلمان: 'Salman', سليم: 'Saleem', سمير: 'Samir', سهيل: 'Suhail',
  سيف: 'Saif', شادي: 'Shadi', شاكر: 'Shaker', شريف: 'Sharif', شعبان: 'Shaaban', شفيق: 'Shafiq', شكري: 'Shukri', شهاب: 'Shihab',
  شوقي: 'Shawqi', صابر: 'Saber', صادق: 'Sadiq', صبحي: 'Subhi', صبري: 'Sabri', صفوان: 'Safwan', صقر: 'Saqr', صلاح: 'Salah',
  صهيب: 'Suhaib', ضياء: 'Diaa', طارق: 'Tariq', طاهر: 'Taher', طلال: 'Talal', طيب: 'Tayeb', ظافر: 'Dhafer', عادل: 'Adel',
  عارف: 'Aref', عاصم: 'Asim', عاطف: 'Atef', عامر: 'Amer', عباس: 'Abbas', 'عبد الله': 'Abdulla', عثمان: 'Othman', عدنان: 'Adnan',
  عرفان: 'Irfan', عزام: 'Azzam', عزمي: 'Azmi', عزيز: 'Aziz', عطية: 'Atiya', عفيف: 'Afif', علاء: 'Alaa', علي: 'Ali',
  عماد: 'Emad', عمار: 'Ammar', عمر: 'Omar', عمران: 'Imran', غازي: 'Ghazi', غانم: 'Ghanem', غسان: 'Ghassan', غيث: 'Ghaith',
  فؤاد: 'Fouad', فائز: 'Faiz', فادي: 'Fadi', فارس: 'Faris', فاروق: 'Farouk', فاضل: 'Fadel', فتحي: 'Fathi', فخري: 'Fakhri',
  فراس: 'Firas', فرج: 'Faraj', فريد: 'Farid', فهد: 'Fahad', فهمي: 'Fahmi', فواز: 'Fawaz', فوزي: 'Fawzi', فيصل: 'Faisal',
  قاسم: 'Qasim', قيس: 'Qais', كاظم: 'Kazim', كامل: 'Kamel', كرم: 'Karam', كمال: 'Kamal', لطفي: 'Lutfi', ليث: 'Laith',
  مأمون: 'Mamoun', ماجد: 'Majid', مازن: 'Mazen', مبارك: 'Mubarak', مجد: 'Majd', مجدي: 'Magdi', مجيد: 'Majeed', محسن: 'Mohsen',
  محمد: 'Mohammed', محمود: 'Mahmoud', مختار: 'Mukhtar', مراد: 'Murad', مرزوق: 'Marzouq', مروان: 'Marwan', مسعود: 'Masoud',
  مصطفى: 'Mustafa', مصعب: 'Musab', معاذ: 'Muath', معتز: 'Motaz', منصور: 'Mansour', منير: 'Munir', مهند: 'Muhannad', ناجي: 'Naji',
  نادر: 'Nader', ناصر: 'Nasser', ناظم: 'Nazim', نبيل: 'Nabil', نجيب: 'Najib', نديم: 'Nadeem', نزار: 'Nizar', نسيم: 'Naseem',
  نضال: 'Nidal', نعمان: 'Noman', نعيم: 'Naeem', نوري: 'Nouri', نوفل: 'Nawfal', هاشم: 'Hashim', هاني: 'Hani', هشام: 'Hisham',
  هيثم: 'Haitham', وائل: 'Wael', وسام: 'Wisam', وسيم: 'Waseem', وليد: 'Waleed', ياسر: 'Yasser', ياسين: 'Yaseen', يحيى: 'Yahya',
};

export const ARABIC_FEMALE_NAMES: Record<string, string> = {
  اروي: 'Arwa', بتول: 'Batool', براءة: 'Baraa', بلسم: 'Balsam', خلود: 'Kholoud', ريم: 'Reem', عنود: 'Anoud', فاطمه: 'Fatima', نوف: 'Nouf',
};

export const ARABIC_FAMILY_NAMES: Record<string, string> = {
  ادريس: 'Idris', الأشراف: 'Al Ashraf', البشيري: 'Al Bashiri', الحمامي: 'Al Hammami', الخليفي: 'Al Khulaifi', الشريف: 'Al Sharif',
  الشيباني: 'Al Shaibani', الصغير: 'Al Saghir', الصفار: 'Al Saffar', الطويل: 'Al Tawil', العطار: 'Al Attar', الغربي: 'Al Gharbi',
  الكافي: 'Al Kafi', المحجوب: 'Al Mahjoub', المنيف: 'Al Munif', النجار: 'Al Najjar', النقاش: 'Al Naqqash', السقا: 'Al Saqqa',
  الرقيق: 'Al Raqiq', القلال: 'Al Qallal', الزوابي: 'Al Zawabi', الشتيوي: 'Al Shteiwi', النفطي: 'Al Nafti', العنابي: 'Al Annabi',
  'بن حسين': 'Bin Hussain', 'بن عمر': 'Bin Omar', 'بن عثمان': 'Bin Othman', 'بن عاشور': 'Bin Ashour', 'بن حمودة': 'Bin Hamouda',
  'بن عبدالله': 'Bin Abdulla', 'بن عبد الكريم': 'Bin Abdulkarim', سعيد: 'Saeed', عاشور: 'Ashour', عطالله: 'Atallah',
  همدان: 'Hamdan', يافع: 'Yafei', زروق: 'Zarrouq', شقرون: 'Shaqroun', جراد: 'Jarad', تومي: 'Toumi', هذيل: 'Hudhail',
};

/** Gulf, Levant and Egyptian places of faker's `ar` city list (Syrian, Iraqi, Yemeni and Libyan ones left out). */
export const ARABIC_PLACES: Record<string, string> = {
  دبي: 'Dubai', العين: 'Al Ain', 'رأس الخيمة': 'Ras Al Khaimah', 'أبو ظبي': 'Abu Dhabi', عجمان: 'Ajman', الفجيرة: 'Fujairah',
  الرويس: 'Ruwais', مصفح: 'Mussafah', الدوحة: 'Doha', الكويت: 'Kuwait', المنامة: 'Manama', الرياض: 'Riyadh', جدة: 'Jeddah',
  القطيف: 'Qatif', أبها: 'Abha', جازان: 'Jazan', الخور: 'Al Khor', الريان: 'Al Rayyan', الجهراء: 'Jahra', الأحمدي: 'Ahmadi',
  بيروت: 'Beirut', صيدا: 'Saida', القاهرة: 'Cairo', الإسكندرية: 'Alexandria', بورسعيد: 'Port Said', دمياط: 'Damietta',
  العقبة: 'Aqaba', إربد: 'Irbid', الشرقية: 'Al Sharqiya', تونس: 'Tunis', صفاقس: 'Sfax', سوسة: 'Sousse', مراكش: 'Marrakech',
};

export const KZ_FORMS = ['TOO', 'TOO', 'TOO', 'LLP', 'LLP', 'JSC', 'AO', 'IP'];
/** Kazakh words of firm names; each is checked against the Kazakh dictionary when the corpus is built. */
export const KAZAKH_WORDS = [
  'алтын', 'жол', 'нұр', 'ақ', 'қара', 'көк', 'сары', 'дала', 'тау', 'жер', 'күн', 'жұлдыз', 'береке', 'ырыс', 'құт', 'темір',
  'болат', 'кен', 'тас', 'өрнек', 'шапағат', 'шұғыла', 'сәуле', 'асыл', 'бірлік', 'ынтымақ', 'достық', 'бәйтерек', 'самұрық',
  'тұлпар', 'сұңқар', 'қыран', 'бүркіт', 'арыстан', 'барыс', 'көкжиек', 'шаңырақ', 'керуен', 'жібек', 'қазына', 'байлық',
  'өркен', 'даму', 'жаңа', 'атамекен', 'ұлан', 'нұрлы', 'жарық', 'маржан', 'інжу', 'алтай', 'тұран', 'бақыт', 'шуақ', 'тұмар',
  'есіл', 'іле', 'сыр', 'ақсу', 'ақтау', 'көкше', 'орда', 'сарай', 'бастау', 'арна', 'алаш', 'жайық', 'сенім', 'мерей',
];
/** Kazakh business words, also checked against the dictionary: сауда trade, көлік transport, құрылыс construction, жүк cargo, тасымал haulage. */
export const KAZAKH_BUSINESS_WORDS = ['сауда', 'көлік', 'құрылыс', 'жүк', 'тасымал', 'мұнай'];
/** Russian-language compound stems of Kazakhstani and Kyrgyz firm names (KazSnab, AsiaTrans ...). */
export const KZ_PREFIXES = ['Kaz', 'Kaz', 'Asia', 'Euro', 'Alem', 'Nur', 'Ak', 'Altyn', 'Sary', 'Zhetysu', 'Ulan'];
export const CIS_SUFFIXES = ['Trans', 'Snab', 'Trade', 'Stroy', 'Service', 'Logistic', 'Logistics', 'Impex', 'Steel', 'Metal', 'Avto', 'Cargo', 'Export', 'Prom', 'Tech', 'Invest', 'Group', 'Komplekt'];
/** The larger towns, as Kazakhstan's firms spell them in Latin script. */
export const KZ_PLACES = ['Almaty', 'Astana', 'Shymkent', 'Karaganda', 'Aktobe', 'Atyrau', 'Pavlodar', 'Oskemen', 'Kostanay', 'Taraz', 'Semey', 'Aktau', 'Kyzylorda', 'Turkestan', 'Oral', 'Petropavl', 'Taldykorgan', 'Ekibastuz', 'Kokshetau', 'Zhezkazgan', 'Temirtau', 'Balkhash', 'Khorgos'];

export const KG_FORMS = ['OsOO', 'OsOO', 'OsOO', 'LLC', 'LLC', 'Ltd', 'OAO', 'ZAO'];
/** Kyrgyz spellings of common words of firm names (cognates of the Kazakh list above: алтын, жол, ак, тоо ...). */
export const KYRGYZ_WORDS = ['Altyn', 'Jol', 'Ak Jol', 'Nur', 'Ak', 'Kara', 'Kok', 'Sary', 'Ala-Too', 'Ak-Too', 'Suu', 'Ak-Suu', 'Kut', 'Yrys', 'Bereke', 'Temir', 'Kench', 'Tash', 'Asyl', 'Birimdik', 'Dostuk', 'Tulpar', 'Shumkar', 'Bürküt', 'Arstan', 'Kerben', 'Jibek Jolu', 'Kazyna', 'Jany', 'Mekenim', 'Nurdan', 'Jaryk', 'Berekeluu', 'Ordo', 'Sarai', 'Bulak', 'Aska', 'Manas', 'Tenir'];
export const KG_PLACES = ['Bishkek', 'Osh', 'Jalal-Abad', 'Karakol', 'Tokmok', 'Naryn', 'Talas', 'Batken', 'Kara-Balta', 'Uzgen', 'Balykchy', 'Kant', 'Cholpon-Ata', 'Kyzyl-Kiya', 'Kara-Suu', 'Issyk-Kul', 'Chui', 'Torugart', 'Dordoi'];

export const UZ_FORMS = ['MChJ', 'MChJ', 'MChJ', 'LLC', 'OOO', 'XK', 'QK', 'AJ', 'JV LLC'];
/** Uzbek words of firm names: savdo trade, sanoat industry, qurilish construction, yo'l road, oltin gold, ... */
export const UZBEK_WORDS = ['Savdo', 'Savdo Uyi', 'Sanoat', 'Qurilish', 'Trans', 'Logistika', 'Servis', 'Invest', 'Tekstil', 'Agro', 'Export', 'Impeks', 'Oltin', "Yo'l", 'Nur', 'Baraka', 'Ipak', "Ipak Yo'li", 'Yulduz', 'Kamalak', 'Bunyodkor', 'Mehnat', 'Hamkor', "Do'stlik", 'Tong', 'Zarafshon', 'Orzu', 'Omad', 'Barakat', 'Farovon', 'Saxovat', 'Sifat', 'Temir', 'Metall', 'Avto', 'Kimyo', 'Mashina', 'Texnika', 'Energiya', 'Plast'];

/** The generic ones among them (trade, industry, construction, services ...). */
export const UZBEK_GENERIC_WORDS = ['Savdo', 'Savdo Uyi', 'Sanoat', 'Qurilish', 'Trans', 'Logistika', 'Servis', 'Invest', 'Tekstil', 'Agro', 'Export', 'Impeks', 'Metall', 'Avto', 'Kimyo', 'Mashina', 'Texnika', 'Energiya', 'Plast', 'Biznes'];

export const AM_FORMS = ['LLC', 'LLC', 'LLC', 'CJSC', 'CJSC', 'OJSC', 'Ltd'];
export const CAUCASUS_WORDS = ['Trade', 'Trade', 'Trans', 'Logistics', 'Cargo', 'Group', 'Avto', 'Import', 'Export', 'Impex', 'Invest', 'Service', 'Steel', 'Metal', 'Stroy', 'Tech', 'Electronics', 'Motors', 'Terminal', 'Forwarding', 'Shipping', 'Distribution', 'Agro', 'Food', 'Textile', 'Machinery', 'Energy', 'Development', 'Industry', 'Commerce'];
export const GE_FORMS = ['LLC', 'LLC', 'LLC', 'Ltd', 'Ltd', 'JSC'];

export const VN_ACTIVITIES = [
  'Import Export', 'Import Export', 'Import - Export', 'Trading', 'Trading and Services', 'Trading Service', 'Logistics', 'Logistics',
  'Shipping', 'Freight', 'Transport', 'Transport and Trading', 'Steel', 'Industrial', 'Investment and Development', 'Production and Trading',
  'Technology', 'Electronics', 'Construction', 'Mechanical', 'Seafood', 'Garment', 'Plastic', 'Packaging', 'Furniture', 'Agricultural',
];
export const VN_FORMS = ['Co., Ltd', 'Co., Ltd', 'Co., Ltd.', 'Company Limited', 'JSC', 'Joint Stock Company', 'Corporation', 'Co.,Ltd'];
/** Vietnamese-language form of the same names (Công ty TNHH Thương mại ...), unaccented as typed. */
export const VN_NATIVE_ACTIVITIES = ['Thuong Mai', 'Xuat Nhap Khau', 'Thuong Mai Dich Vu', 'Van Tai', 'Giao Nhan Van Tai', 'Tiep Van', 'Dau Tu', 'San Xuat Thuong Mai', 'Thep', 'Cong Nghiep', 'Dich Vu Hang Hai'];
export const VN_NATIVE_FORMS = ['Cong Ty TNHH', 'Cong Ty TNHH', 'Cong Ty Co Phan', 'Cty TNHH'];

/**
 * Korean words of company names, in Hangul (romanised by the generator): trading 무역, industry
 * 산업, electronics 전자, engineering works 공업, technology 기술, machinery 기계, joint venture 합영 ...
 */
export const KOREAN_BUSINESS_WORDS = ['무역', '무역', '산업', '산업', '전자', '공업', '기술', '기계', '상사', '합영', '물산', '교역', '개발', '건설', '해운', '수산', '화학', '제약', '금속', '정밀', '통신', '식품', '섬유', '설비', '자재', '운수', '광업', '제철', '철강', '기전', '전기', '공예', '피복', '합작', '연합', '총국'];
/** Company-name stems in Hangul: Sino-Korean words of the kind firms are named after (east, new rise, golden star ...). */
export const KOREAN_STEMS = ['대성', '동방', '신흥', '금강', '태양', '은하', '해동', '한일', '동양', '대흥', '새별', '미래', '청운', '백마', '금성', '삼일', '명성', '대동', '경흥', '삼화', '일신', '동성', '대원', '신성', '한성', '영진', '보성', '세창', '화신', '대림', '동해', '서해', '남해', '청산', '송림', '광성', '흥국', '평화', '새날', '봉화', '해성', '천지', '백산', '은별', '무지개', '푸른', '한빛', '새한', '동일', '대한', '삼양', '고려', '신진', '경원', '덕성', '태창', '동진'];
/** Korean legal forms as they appear after a romanised name. */
export const KOREAN_FORMS = ['Co., Ltd.', 'Co., Ltd.', 'Co., Ltd.', 'Co. Ltd', 'Company', 'Corporation', 'Corp.', 'Trading Co.', 'Trading Corporation', 'Industrial Co., Ltd.', 'General Corporation'];
/** ... and romanised Korean ones: 주식회사 joint-stock company, 유한회사 limited company, 회사 company, 총회사 general company. */
export const KOREAN_NATIVE_FORMS = ['주식회사', '유한회사', '회사', '총회사'];

/**
 * Famous people (heads of state and government, their families, world-famous public figures) of
 * the countries covered: a generated name that comes out as one of these is dropped. Compared
 * after folding to letters, in any order of words.
 */
export const FAMOUS_PEOPLE = [
  'Nursultan Nazarbayev', 'Nursultan Nazarbaev', 'Kassym-Jomart Tokayev', 'Kasym-Zhomart Tokaev', 'Dariga Nazarbayeva', 'Abay Kunanbayev', 'Abai Kunanbaev',
  'Sadyr Japarov', 'Sadyr Zhaparov', 'Almazbek Atambayev', 'Sooronbay Jeenbekov', 'Askar Akayev', 'Kurmanbek Bakiyev', 'Roza Otunbayeva', 'Kamchybek Tashiev',
  'Shavkat Mirziyoyev', 'Islam Karimov', 'Islom Karimov', 'Abdulla Aripov', 'Gulnara Karimova', 'Saida Mirziyoyeva',
  'Nikol Pashinyan', 'Serzh Sargsyan', 'Robert Kocharyan', 'Levon Ter-Petrosyan', 'Armen Sarkissian', 'Vahagn Khachaturyan', 'Henrikh Mkhitaryan', 'Charles Aznavour', 'Aram Khachaturian',
  'Mikheil Saakashvili', 'Bidzina Ivanishvili', 'Irakli Kobakhidze', 'Salome Zourabichvili', 'Eduard Shevardnadze', 'Giorgi Margvelashvili', 'Irakli Garibashvili', 'Mikheil Kavelashvili', 'Zviad Gamsakhurdia',
  'Ho Chi Minh', 'Nguyen Phu Trong', 'To Lam', 'Vo Nguyen Giap', 'Pham Minh Chinh', 'Nguyen Xuan Phuc', 'Vo Van Thuong', 'Luong Cuong', 'Nguyen Tan Dung', 'Tran Dai Quang', 'Pham Nhat Vuong',
  'Mohammed bin Rashid', 'Mohamed bin Zayed', 'Khalifa bin Zayed', 'Zayed bin Sultan', 'Hamdan bin Mohammed', 'Mansour bin Zayed', 'Saif bin Zayed', 'Abdullah bin Zayed',
  'Kim Jong Un', 'Kim Jong Il', 'Kim Il Sung', 'Kim Yo Jong', 'Ri Sol Ju', 'Kim Jong Nam', 'Choe Ryong Hae', 'Pak Pong Ju', 'Kim Yong Nam',
  'Park Chung Hee', 'Park Geun Hye', 'Moon Jae In', 'Yoon Suk Yeol', 'Lee Jae Myung', 'Ban Ki Moon', 'Kim Dae Jung', 'Roh Moo Hyun', 'Lee Myung Bak',
  'Kim Young Sam', 'Chun Doo Hwan', 'Roh Tae Woo', 'Lee Kun Hee', 'Lee Jae Yong', 'Son Heung Min', 'Kim Yu Na', 'Syngman Rhee', 'Rhee Syngman', 'Kim Gu', 'Kim Koo',
];

/** McCune–Reischauer forms of the famous Korean names above, as the generator would write them. */
export const FAMOUS_PEOPLE_MR = [
  "Kim Chong-il", "Kim Chong-un", "Kim Il-song", "Kim Yo-jong", "Yi Sol-chu", "Ri Sol-chu", "Ch'oe Ryong-hae", "Pak Pong-ju", "Kim Yong-nam",
  "Pak Chong-hui", "Pak Kun-hye", "Mun Chae-in", "Yun Sok-yol", "Yi Chae-myong", "Pan Ki-mun", "Kim Tae-jung", "No Mu-hyon", "Yi Myong-bak",
  "Kim Yong-sam", "Chon Tu-hwan", "No T'ae-u", "Yi Kon-hui", "Yi Chae-yong", "Son Hung-min", "Kim Yu-na", "Yi Sung-man", "Kim Ku",
];

/**
 * Women's names among the Kazakh dictionary's 395 names (the dictionary does not mark sex); every
 * other name there is taken as a man's. Spelt as in the dictionary, with its Latin look-alike
 * letters put right (see cyrillicOnly).
 */
export const KAZAKH_FEMALE_NAMES = new Set([
  'Адия', 'Ажар', 'Аида', 'Айбала', 'Айбарша', 'Айбике', 'Айганша', 'Айгуль', 'Айдана', 'Айжамал', 'Айжан', 'Айзада', 'Айзия', 'Айман',
  'Айнагул', 'Айнур', 'Айпара', 'Айсулу', 'Айтолды', 'Айша', 'Ақлима', 'Ақмарал', 'Ақшора', 'Алия', 'Алма', 'Алмагуль', 'Алтынгуль', 'Алуа',
  'Альфия', 'Амина', 'Анар', 'Анаргүл', 'Ару', 'Асель', 'Асем', 'Асима', 'Асия', 'Багила', 'Бадигулжамал', 'Базарайым', 'Бакизат',
  'Балжан', 'Балшекер', 'Бану', 'Баян', 'Бибигүл', 'Бибинур', 'Бимаржан', 'Ботакөз', 'Ғазиза', 'Ғайни', 'Ғаухар', 'Ғафура', 'Гулайым',
  'Гулбаршын', 'Гулбахрам', 'Гулжахан', 'Гулзара', 'Гулзифа', 'Гулмария', 'Гүлназ', 'Гүлниса', 'Гүлшара', 'Гүлшат', 'Дамеля', 'Дана',
  'Данара', 'Дара', 'Дариға', 'Дария', 'Дилара', 'Ділда', 'Динара', 'Дурия', 'Еркежан', 'Жазира', 'Жайна', 'Жакия', 'Жамал', 'Жамига',
  'Жанар', 'Жания', 'Жансая', 'Жибек', 'Жулдыз', 'Жумабике', 'Жупар', 'Замзагул', 'Зара', 'Зарина', 'Зауреш', 'Зейне', 'Зейнеп', 'Зере',
  'Зиба', 'Зиягул', 'Зияда', 'Зубайда', 'Зулфия', 'Зумрат', 'Зылика', 'Калима', 'Калка', 'Камалия', 'Камария', 'Канипа', 'Карлыгаш',
  'Касиман', 'Қаламқас', 'Күләнда', 'Күнке', 'Күнсулу', 'Лейла', 'Мадина', 'Малика', 'Манар', 'Мархабат', 'Меруерт', 'Рабиға', 'Разия',
  'Ракима', 'Ракия', 'Раушан', 'Рахила', 'Рухия', 'Сабира', 'Саида', 'Салтанат', 'Сания', 'Сара', 'Сулушаш', 'Тогжан', 'Торгын', 'Уазипа',
  'Уасила', 'Умігулсім', 'Уркия', 'Фариза', 'Фатима', 'Фируза', 'Шамсия', 'Шарбану', 'Шарипа', 'Шолпан', 'Шона',
]);

/** The commonest Georgian given names (national romanisation): drawn 15 times as often as the rest of faker's ka_GE list. */
export const COMMON_GEORGIAN_NAMES = new Set([
  'Giorgi', 'Davit', 'Nino', 'Tamar', 'Tamara', 'Ana', 'Anna', 'Mariami', 'Maria', 'Mari', 'Levan', 'Irakli', 'Nikoloz', 'Aleksandre', 'Mikheil', 'Zurab',
  'Nana', 'Eka', 'Ekaterine', 'Ketevan', 'Keti', 'Natia', 'Salome', 'Lasha', 'Giga', 'Beka', 'Sandro', 'Tornike', 'Gela', 'Gocha', 'Mamuka', 'Vakhtang',
  'Temur', 'Zaza', 'Manana', 'Maia', 'Lela', 'Lali', 'Tamila', 'Tinatin', 'Khatuna', 'Nato', 'Sopo', 'Sopio', 'Sopiko', 'Teona', 'Elene', 'Nutsa',
  'Revaz', 'Shota', 'Otar', 'Tengiz', 'Koba', 'Avtandil', 'Badri', 'Nodar', 'Guram', 'Jemal', 'Merab', 'Paata', 'Ramaz', 'Tamaz', 'Gia', 'Nika',
  'Saba', 'Besik', 'Archil', 'Vano', 'Ilia', 'Irina', 'Marina', 'Nona', 'Rusudan', 'Medea', 'Mzia', 'Tea', 'Tamuna', 'Tako', 'Ia', 'Dali', 'Eliso',
  'Tsira', 'Tsiuri', 'Lia', 'Lili', 'Nani', 'Nugzar', 'Kakha', 'Kakhaber', 'Malkhaz', 'Zviad', 'Zaur', 'Gogi', 'Dimitri', 'Konstantine', 'Lado',
  'Shalva', 'Soso', 'Tariel', 'Ucha', 'Vazha', 'Murman', 'Mindia', 'Nukri', 'Rezo', 'Jaba', 'Khvicha', 'Tsotne', 'Natela', 'Nestan', 'Madona',
  'Khatia', 'Tatia', 'Lika', 'Liza', 'Mariam', 'Elza', 'Nina', 'Nini', 'Teimuraz', 'Vasil', 'Ioseb', 'Grigol', 'Amiran', 'Gaga', 'Goderdzi', 'Emzar',
]);

/** The commonest Russian men's names: drawn 15 times as often as the rest of faker's ru list, which is full of old church names. */
export const COMMON_RUSSIAN_MALE_NAMES = new Set([
  'Александр', 'Алексей', 'Анатолий', 'Андрей', 'Антон', 'Аркадий', 'Арсений', 'Артем', 'Богдан', 'Борис', 'Вадим', 'Валентин', 'Валерий', 'Василий',
  'Виктор', 'Виталий', 'Владимир', 'Владислав', 'Вячеслав', 'Геннадий', 'Георгий', 'Герман', 'Глеб', 'Григорий', 'Даниил', 'Денис', 'Дмитрий',
  'Евгений', 'Егор', 'Иван', 'Игорь', 'Илья', 'Кирилл', 'Константин', 'Лев', 'Леонид', 'Максим', 'Марк', 'Матвей', 'Михаил', 'Никита', 'Николай',
  'Олег', 'Павел', 'Петр', 'Роман', 'Руслан', 'Семен', 'Сергей', 'Станислав', 'Степан', 'Тимофей', 'Тимур', 'Федор', 'Филипп', 'Эдуард', 'Юрий', 'Ярослав',
]);

/** Shares (per cent) of the commonest Korean surnames; the rest of faker's ko list shares what is left. */
export const KOREAN_SURNAME_WEIGHT: Record<string, number> = {
  김: 21.5, 이: 14.7, 박: 8.4, 최: 4.7, 정: 4.3, 강: 2.3, 조: 2.1, 윤: 2.1, 장: 2.0, 임: 1.7, 한: 1.5, 오: 1.5, 서: 1.5, 신: 1.4, 권: 1.4, 황: 1.4,
  안: 1.3, 송: 1.3, 전: 1.3, 홍: 1.1, 유: 1.1, 고: 0.9, 문: 0.9, 양: 0.9, 손: 0.9, 배: 0.8, 백: 0.7, 허: 0.6, 남: 0.6, 심: 0.5, 노: 0.5, 하: 0.4,
  곽: 0.4, 성: 0.4, 차: 0.4, 주: 0.4, 우: 0.4, 구: 0.4, 민: 0.3, 류: 0.3, 나: 0.3, 진: 0.3, 지: 0.3, 엄: 0.3, 채: 0.3, 원: 0.3, 천: 0.2, 방: 0.2,
  공: 0.2, 현: 0.2, 함: 0.2, 변: 0.2, 염: 0.2, 여: 0.2,
};

/** Famous people of India, whose names the Indian residents of the Emirates could otherwise come out as. */
export const FAMOUS_PEOPLE_IN = [
  'Narendra Modi', 'Rahul Gandhi', 'Sonia Gandhi', 'Indira Gandhi', 'Rajiv Gandhi', 'Mahatma Gandhi', 'Mohandas Gandhi', 'Jawaharlal Nehru',
  'Mukesh Ambani', 'Anil Ambani', 'Ratan Tata', 'Gautam Adani', 'Amitabh Bachchan', 'Sachin Tendulkar', 'Virat Kohli', 'Shah Rukh Khan', 'Manmohan Singh', 'Amit Shah',
];
