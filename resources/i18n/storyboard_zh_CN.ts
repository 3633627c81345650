<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppWorkspace</name>
    <message>
        <source>Storyboard 1</source>
        <translation>故事板 1</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>{folder} already exists and is not empty.</source>
        <translation>{folder} 已存在且不是空文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
</context>
<context>
    <name>BoardSettings</name>
    <message>
        <source>Change model</source>
        <translation>更改模型</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>更改模式</translation>
    </message>
    <message>
        <source>Change aspect ratio</source>
        <translation>更改画幅比例</translation>
    </message>
    <message>
        <source>Native audio: dialogue and sound effects</source>
        <translation>原生音频：台词和音效</translation>
    </message>
    <message>
        <source>Switch audio</source>
        <translation>切换音频</translation>
    </message>
    <message>
        <source>Let Kling cut (one prompt; Kling plans the shots)</source>
        <translation>让可灵剪辑（一条提示词，由可灵安排镜头）</translation>
    </message>
    <message>
        <source>The shots become your notes for one prompt of the total length, and Kling decides where to cut (Kling 3.0 and 3.0 Omni only).</source>
        <translation>各镜头成为一条总时长提示词里的备注，由可灵决定在哪里剪切（仅限可灵 3.0 和 3.0 Omni）。</translation>
    </message>
    <message>
        <source>Let Kling cut</source>
        <translation>让可灵剪辑</translation>
    </message>
    <message>
        <source>Carried into every shot, e.g. neo-noir, 35mm film grain</source>
        <translation>用于每个镜头，例如：新黑色电影、35mm 胶片颗粒</translation>
    </message>
    <message>
        <source>Edit style</source>
        <translation>编辑风格</translation>
    </message>
    <message>
        <source>e.g. hard neon rim light, wet reflections</source>
        <translation>例如：硬朗的霓虹轮廓光、湿润的反光</translation>
    </message>
    <message>
        <source>Edit lighting</source>
        <translation>编辑光线</translation>
    </message>
    <message>
        <source>What the model should avoid: blur, watermark, …</source>
        <translation>模型应避免的内容：模糊、水印……</translation>
    </message>
    <message>
        <source>Edit negative prompt</source>
        <translation>编辑反向提示词</translation>
    </message>
    <message>
        <source>— (none)</source>
        <translation>—（无）</translation>
    </message>
    <message>
        <source>Kept for services that take a seed; Kling takes none</source>
        <translation>留给接受种子的服务；可灵不使用种子</translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation>更改种子</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>画幅</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>光线</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>费用估算</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Rename storyboard</source>
        <translation>重命名故事板</translation>
    </message>
    <message>
        <source>No price for this model, mode and audio.</source>
        <translation>此模型、模式和音频组合没有价格。</translation>
    </message>
    <message>
        <source>{shots}, {least}–{most} s in all, {characters} a shot prompt</source>
        <translation>{shots}，总长 {least}–{most} 秒，每个镜头提示词 {characters}</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 个字符</translation>
    </message>
    <message>
        <source>Unknown model.</source>
        <translation>未知模型。</translation>
    </message>
</context>
<context>
    <name>CastPictures</name>
    <message>
        <source>{name}: {path}
Change it on the Characters tab.</source>
        <translation>{name}：{path}
在“角色”标签页中更改。</translation>
    </message>
</context>
<context>
    <name>CharacterImages</name>
    <message>
        <source>Remove this picture</source>
        <translation>移除这张图片</translation>
    </message>
    <message>
        <source>Drop pictures
of them here</source>
        <translation>把角色的图片
拖放到这里</translation>
    </message>
    <message>
        <source>A character takes {most} pictures.</source>
        <translation>一个角色最多 {most} 张图片。</translation>
    </message>
</context>
<context>
    <name>CharactersPanel</name>
    <message>
        <source>Add Character</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <source>Renaming changes every line and shot that names them (one undo)</source>
        <translation>重命名会同时修改提到该角色的每句台词和每个镜头（一步撤销）</translation>
    </message>
    <message>
        <source>Face, age, build, hair: the words used in every shot</source>
        <translation>面容、年龄、体型、发型：每个镜头都用这段描述</translation>
    </message>
    <message>
        <source>What they wear</source>
        <translation>服装</translation>
    </message>
    <message>
        <source>How they sound</source>
        <translation>嗓音特点</translation>
    </message>
    <message>
        <source>appearance</source>
        <translation>外貌</translation>
    </message>
    <message>
        <source>wardrobe</source>
        <translation>服装</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>嗓音</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外貌</translation>
    </message>
    <message>
        <source>Wardrobe</source>
        <translation>服装</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>嗓音</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Kling voice</source>
        <translation>可灵音色</translation>
    </message>
    <message>
        <source>Kling element</source>
        <translation>可灵主体</translation>
    </message>
    <message>
        <source>— (no Kling account connected)</source>
        <translation>—（未连接可灵账户）</translation>
    </message>
    <message>
        <source>Add character</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <source>Character {number}</source>
        <translation>角色 {number}</translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>将 {old} 重命名为 {new}</translation>
    </message>
    <message>
        <source>Edit {name}&apos;s {field}</source>
        <translation>编辑 {name} 的{field}</translation>
    </message>
    <message>
        <source>pictures</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>DialogueEditor</name>
    <message>
        <source>Add line</source>
        <translation>添加台词</translation>
    </message>
    <message>
        <source>Add a dialogue line</source>
        <translation>添加一句台词</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>旁白</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Add shot</source>
        <translation>添加镜头</translation>
    </message>
    <message>
        <source>Duplicate shot</source>
        <translation>复制镜头</translation>
    </message>
    <message>
        <source>Delete shot</source>
        <translation>删除镜头</translation>
    </message>
    <message>
        <source>Move shot</source>
        <translation>移动镜头</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>更改时长</translation>
    </message>
    <message>
        <source>Save the project first: images are copied into its folder.</source>
        <translation>请先保存项目：图片会复制到项目文件夹中。</translation>
    </message>
    <message>
        <source>Importing {n} picture…</source>
        <translation>正在导入 {n} 张图片…</translation>
    </message>
    <message>
        <source>Importing {n} pictures…</source>
        <translation>正在导入 {n} 张图片…</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}.</source>
        <translation>无法读取 {file}：{error}。</translation>
    </message>
    <message>
        <source>Not added: {why}</source>
        <translation>未添加：{why}</translation>
    </message>
    <message>
        <source>Added {n} picture.</source>
        <translation>已添加 {n} 张图片。</translation>
    </message>
    <message>
        <source>Added {n} pictures.</source>
        <translation>已添加 {n} 张图片。</translation>
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation>导入失败：{error}</translation>
    </message>
</context>
<context>
    <name>FilmWords</name>
    <message>
        <source>extreme wide shot</source>
        <translation>大远景</translation>
    </message>
    <message>
        <source>wide shot</source>
        <translation>远景</translation>
    </message>
    <message>
        <source>medium long shot</source>
        <translation>全景</translation>
    </message>
    <message>
        <source>medium shot</source>
        <translation>中景</translation>
    </message>
    <message>
        <source>medium close-up</source>
        <translation>近景</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>特写</translation>
    </message>
    <message>
        <source>extreme close-up</source>
        <translation>大特写</translation>
    </message>
    <message>
        <source>two-shot</source>
        <translation>双人镜头</translation>
    </message>
    <message>
        <source>over-the-shoulder shot</source>
        <translation>过肩镜头</translation>
    </message>
    <message>
        <source>point-of-view shot</source>
        <translation>主观镜头</translation>
    </message>
    <message>
        <source>insert shot</source>
        <translation>插入镜头</translation>
    </message>
    <message>
        <source>eye-level angle</source>
        <translation>平视</translation>
    </message>
    <message>
        <source>high angle</source>
        <translation>俯拍</translation>
    </message>
    <message>
        <source>low angle</source>
        <translation>仰拍</translation>
    </message>
    <message>
        <source>bird&apos;s-eye view</source>
        <translation>鸟瞰顶拍</translation>
    </message>
    <message>
        <source>worm&apos;s-eye view</source>
        <translation>极低角度仰拍</translation>
    </message>
    <message>
        <source>dutch angle</source>
        <translation>倾斜构图</translation>
    </message>
    <message>
        <source>static</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>横摇</translation>
    </message>
    <message>
        <source>tilt</source>
        <translation>纵摇</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>横移</translation>
    </message>
    <message>
        <source>pedestal</source>
        <translation>升降</translation>
    </message>
    <message>
        <source>crane</source>
        <translation>摇臂升降</translation>
    </message>
    <message>
        <source>dolly</source>
        <translation>推拉</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>变焦</translation>
    </message>
    <message>
        <source>roll</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>orbit</source>
        <translation>环绕</translation>
    </message>
    <message>
        <source>handheld</source>
        <translation>手持</translation>
    </message>
    <message>
        <source>tracking</source>
        <translation>跟拍</translation>
    </message>
    <message>
        <source>rack-focus</source>
        <translation>移焦</translation>
    </message>
    <message>
        <source>dolly-zoom</source>
        <translation>滑动变焦</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无方向</translation>
    </message>
    <message>
        <source>left</source>
        <translation>向左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>向右</translation>
    </message>
    <message>
        <source>up</source>
        <translation>向上</translation>
    </message>
    <message>
        <source>down</source>
        <translation>向下</translation>
    </message>
    <message>
        <source>in</source>
        <translation>推近</translation>
    </message>
    <message>
        <source>out</source>
        <translation>拉远</translation>
    </message>
    <message>
        <source>clockwise</source>
        <translation>顺时针</translation>
    </message>
    <message>
        <source>counterclockwise</source>
        <translation>逆时针</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>向前</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>向后</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>慢速</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中速</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>std – 720p</source>
        <translation>标准 – 720p</translation>
    </message>
    <message>
        <source>pro – 1080p</source>
        <translation>专业 – 1080p</translation>
    </message>
    <message>
        <source>4k – 2160p</source>
        <translation>4K 超高清 – 2160p</translation>
    </message>
    <message>
        <source>a character</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>a product or prop</source>
        <translation>产品或道具</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>场景地点</translation>
    </message>
    <message>
        <source>the look (style)</source>
        <translation>画面风格</translation>
    </message>
    <message>
        <source>character</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>product</source>
        <translation>道具</translation>
    </message>
    <message>
        <source>location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
</context>
<context>
    <name>FrameSlot</name>
    <message>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <source>Drop the
first frame</source>
        <translation>拖放
首帧</translation>
    </message>
    <message>
        <source>Drop the
last frame</source>
        <translation>拖放
尾帧</translation>
    </message>
    <message>
        <source>Drop an image to set the first frame</source>
        <translation>拖放一张图片作为首帧</translation>
    </message>
    <message>
        <source>Drop an image to set the last frame</source>
        <translation>拖放一张图片作为尾帧</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>KlingService</name>
    <message>
        <source>no Kling account</source>
        <translation>未连接可灵账户</translation>
    </message>
    <message>
        <source>save the project first</source>
        <translation>请先保存项目</translation>
    </message>
</context>
<context>
    <name>LineCard</name>
    <message>
        <source>Pick a character, or type a new name to add one to the project</source>
        <translation>选择一个角色，或输入新名字把新角色加入项目</translation>
    </message>
    <message>
        <source>The language the line is spoken in</source>
        <translation>这句台词所用的语言</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>删除这句台词</translation>
    </message>
    <message>
        <source>How: e.g. deep voice, urgent</source>
        <translation>语气：例如低沉、急促</translation>
    </message>
    <message>
        <source>What they say</source>
        <translation>台词内容</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shot List (CSV)…</source>
        <translation>镜头表（CSV）…</translation>
    </message>
    <message>
        <source>OpenTimelineIO…</source>
        <translation>OpenTimelineIO…</translation>
    </message>
    <message>
        <source>Final Cut 7 / Premiere XML…</source>
        <translation>Final Cut 7 / Premiere XML…</translation>
    </message>
    <message>
        <source>Final Cut Pro X (FCPXML)…</source>
        <translation>Final Cut Pro X（FCPXML）…</translation>
    </message>
    <message>
        <source>CMX 3600 EDL…</source>
        <translation>CMX 3600 EDL…</translation>
    </message>
    <message>
        <source>Package for Sharing (zip)…</source>
        <translation>分享包（zip）…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a storyboard after this one</source>
        <translation>在此故事板之后添加一个故事板</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this storyboard</source>
        <translation>复制此故事板</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this storyboard</source>
        <translation>删除此故事板</translation>
    </message>
    <message>
        <source>Drag to reorder. A project plays its storyboards in this order.</source>
        <translation>拖动可调整顺序。项目按此顺序播放各故事板。</translation>
    </message>
    <message>
        <source>Storyboards</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Previs Player</source>
        <translation>预演播放器</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Guidances payload</source>
        <translation>指引载荷</translation>
    </message>
    <message>
        <source>Kling request</source>
        <translation>可灵请求</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the JSON shown to the clipboard</source>
        <translation>把显示的 JSON 复制到剪贴板</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the JSON shown to a file</source>
        <translation>把显示的 JSON 保存为文件</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>成片</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>创建一个项目</translation>
    </message>
    <message>
        <source>New from &amp;Example</source>
        <translation>从示例新建(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>打开一个项目</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import Screenplay…</source>
        <translation>导入剧本(&amp;I)…</translation>
    </message>
    <message>
        <source>Break a Fountain or Final Draft script down into storyboards</source>
        <translation>把 Fountain 或 Final Draft 剧本拆解成故事板</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Storyboard PDF (A4)…</source>
        <translation>故事板 PDF（A4）…</translation>
    </message>
    <message>
        <source>Storyboard PDF (Letter)…</source>
        <translation>故事板 PDF（Letter）…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Shot</source>
        <translation>添加镜头(&amp;A)</translation>
    </message>
    <message>
        <source>Add a shot after the selected one</source>
        <translation>在所选镜头之后添加一个镜头</translation>
    </message>
    <message>
        <source>&amp;Duplicate Shot</source>
        <translation>复制镜头(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the selected shot</source>
        <translation>复制所选镜头</translation>
    </message>
    <message>
        <source>De&amp;lete Shot</source>
        <translation>删除镜头(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected shot (Delete on the timeline, Ctrl+Shift+Delete anywhere)</source>
        <translation>删除选中的镜头（时间线上按 Delete，任何位置按 Ctrl+Shift+Delete）</translation>
    </message>
    <message>
        <source>S&amp;ketch Board…</source>
        <translation>绘制画板(&amp;K)…</translation>
    </message>
    <message>
        <source>Draw the selected shot&apos;s board (it becomes the shot&apos;s picture)</source>
        <translation>为选中的镜头绘制画板（它将成为镜头的画面）</translation>
    </message>
    <message>
        <source>Generate &amp;Frames…</source>
        <translation>生成画面(&amp;F)…</translation>
    </message>
    <message>
        <source>Candidate pictures for the shot or storyboard from Kling&apos;s image API (cost first)</source>
        <translation>用可灵图像 API 为镜头或故事板生成候选画面（先显示费用）</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{name}
{shots} · {seconds} s · {model}</source>
        <translation>{name}
{shots} · {seconds} 秒 · {model}</translation>
    </message>
    <message>
        <source>Estimated: {cost}</source>
        <translation>估算：{cost}</translation>
    </message>
    <message>
        <source>No price known.</source>
        <translation>价格未知。</translation>
    </message>
    <message>
        <source>Problems ({errors}, {warnings})</source>
        <translation>问题（{errors}，{warnings}）</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>The language of the app</source>
        <translation>应用的界面语言</translation>
    </message>
    <message>
        <source>&amp;Render</source>
        <translation>渲染(&amp;R)</translation>
    </message>
    <message>
        <source>Render &amp;Previs</source>
        <translation>渲染预演(&amp;P)</translation>
    </message>
    <message>
        <source>Render the storyboard as an animatic with the local previs renderer (no account)</source>
        <translation>用本地预演渲染器把故事板渲染为动态分镜（无需账户）</translation>
    </message>
    <message>
        <source>Render with &amp;Kling…</source>
        <translation>用可灵渲染(&amp;K)…</translation>
    </message>
    <message>
        <source>Send the storyboard to Kling (shows the cost and limits first)</source>
        <translation>把故事板发送到可灵（先显示费用和限制）</translation>
    </message>
    <message>
        <source>Kling &amp;Account…</source>
        <translation>可灵账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Access key, secret key, region and tasks at once</source>
        <translation>Access Key、Secret Key、区域和同时运行的任务数</translation>
    </message>
    <message>
        <source>Resolution of previs renders</source>
        <translation>预演渲染的分辨率</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Sequence</source>
        <translation>序列(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Play Sequence</source>
        <translation>播放序列(&amp;P)</translation>
    </message>
    <message>
        <source>Play every storyboard&apos;s active take one after another</source>
        <translation>依次播放每个故事板当前选用的成片</translation>
    </message>
    <message>
        <source>&amp;Chain to Next Storyboard</source>
        <translation>衔接到下一个故事板(&amp;C)</translation>
    </message>
    <message>
        <source>The last frame of this storyboard&apos;s active take becomes the next storyboard&apos;s first frame, so the cut flows</source>
        <translation>此故事板当前成片的最后一帧成为下一个故事板的首帧，使剪辑衔接流畅</translation>
    </message>
    <message>
        <source>&amp;Export Sequence as MP4…</source>
        <translation>把序列导出为 MP4(&amp;E)…</translation>
    </message>
    <message>
        <source>One video of every storyboard&apos;s active take</source>
        <translation>把每个故事板当前选用的成片合成一个视频</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
</context>
<context>
    <name>MoveCard</name>
    <message>
        <source>The camera move</source>
        <translation>运镜方式</translation>
    </message>
    <message>
        <source>Which way it goes</source>
        <translation>运动方向</translation>
    </message>
    <message>
        <source>How fast</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>When the move starts (— from the shot&apos;s start)</source>
        <translation>运镜开始时间（— 表示从镜头开头）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>When the move ends (— at the shot&apos;s end)</source>
        <translation>运镜结束时间（— 表示到镜头结尾）</translation>
    </message>
    <message>
        <source>Move it earlier</source>
        <translation>往前移</translation>
    </message>
    <message>
        <source>Move it later</source>
        <translation>往后移</translation>
    </message>
    <message>
        <source>Remove this move</source>
        <translation>删除这个运镜</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
</context>
<context>
    <name>MovesEditor</name>
    <message>
        <source>Add move</source>
        <translation>添加运镜</translation>
    </message>
    <message>
        <source>Add a camera move after the others</source>
        <translation>在现有运镜之后添加一个运镜</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
</context>
<context>
    <name>ProjectTitle</name>
    <message>
        <source>Name the project</source>
        <translation>为项目命名</translation>
    </message>
    <message>
        <source>The project&apos;s title: on the PDF cover and in every export</source>
        <translation>项目标题：印在 PDF 封面和每个导出文件中</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Rename the project</source>
        <translation>重命名项目</translation>
    </message>
</context>
<context>
    <name>PromptLanguageCombo</name>
    <message>
        <source>Prompt language</source>
        <translation>提示词语言</translation>
    </message>
    <message>
        <source>Automatic writes the prompts in the language most of the storyboard&apos;s text is in; Chinese prompts use Chinese film terms and punctuation.</source>
        <translation>“自动”会用故事板中大部分文字所用的语言写提示词；中文提示词使用中文影视术语和中文标点。</translation>
    </message>
    <message>
        <source>Change prompt language</source>
        <translation>更改提示词语言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Automatic: {language}</source>
        <translation>自动：{language}</translation>
    </message>
</context>
<context>
    <name>ReferenceTray</name>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <source>The role a picture gets when it is dropped or pasted here</source>
        <translation>拖放或粘贴到这里的图片所代表的内容</translation>
    </message>
    <message>
        <source>New pictures show</source>
        <translation>新图片代表</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Add the image on the clipboard (Ctrl+V while the tray has focus)</source>
        <translation>添加剪贴板中的图片（焦点在此区域时按 Ctrl+V）</translation>
    </message>
    <message>
        <source>Drop pictures
here</source>
        <translation>把图片
拖放到这里</translation>
    </message>
    <message>
        <source>{used} of {n} reference</source>
        <translation>{used} / {n} 张参考图</translation>
    </message>
    <message>
        <source>{used} of {n} references</source>
        <translation>{used} / {n} 张参考图</translation>
    </message>
    <message>
        <source>{picture}
Drag onto another shot to use it there too.</source>
        <translation>{picture}
拖到另一个镜头上，也可在那里使用。</translation>
    </message>
    <message>
        <source>What this picture stands for</source>
        <translation>这张图片代表的内容</translation>
    </message>
    <message>
        <source>Remove this reference</source>
        <translation>移除这张参考图</translation>
    </message>
    <message>
        <source>This shot already has {most} reference images, the most it can take.</source>
        <translation>此镜头已有 {most} 张参考图，已达上限。</translation>
    </message>
    <message>
        <source>Only {n} more reference image fits; {left} not added.</source>
        <translation>只能再放 {n} 张参考图；{left} 张未添加。</translation>
    </message>
    <message>
        <source>Only {n} more reference images fit; {left} not added.</source>
        <translation>只能再放 {n} 张参考图；{left} 张未添加。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>The new language applies when you start the app again.</source>
        <translation>新的语言将在下次启动应用时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Settings saved. A new language applies when you start the app again.</source>
        <translation>设置已保存。新的语言将在下次启动应用时生效。</translation>
    </message>
</context>
<context>
    <name>ShotInspector</name>
    <message>
        <source>Change shot size</source>
        <translation>更改景别</translation>
    </message>
    <message>
        <source>Change angle</source>
        <translation>更改机位角度</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Who or what is in the frame</source>
        <translation>画面中的人或物</translation>
    </message>
    <message>
        <source>Edit subject</source>
        <translation>编辑主体</translation>
    </message>
    <message>
        <source>What happens in the shot</source>
        <translation>镜头中发生的事</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>编辑动作</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>角色名，用逗号分隔</translation>
    </message>
    <message>
        <source>Edit characters in shot</source>
        <translation>编辑镜头中的角色</translation>
    </message>
    <message>
        <source>Edit camera moves</source>
        <translation>编辑运镜</translation>
    </message>
    <message>
        <source>rain, distant siren, …</source>
        <translation>雨声, 远处的警笛, …</translation>
    </message>
    <message>
        <source>Edit sound tags</source>
        <translation>编辑音效</translation>
    </message>
    <message>
        <source>Change reference images</source>
        <translation>更改参考图</translation>
    </message>
    <message>
        <source>Set first frame</source>
        <translation>设置首帧</translation>
    </message>
    <message>
        <source>Set last frame</source>
        <translation>设置尾帧</translation>
    </message>
    <message>
        <source>Swap the first and last frames</source>
        <translation>交换首帧和尾帧</translation>
    </message>
    <message>
        <source>For the crew: not sent to the model</source>
        <translation>给剧组看的：不会发送给模型</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>景别</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>机位</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First and last frame</source>
        <translation>首帧和尾帧</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>From the character bible</source>
        <translation>来自角色设定</translation>
    </message>
    <message>
        <source>Camera moves</source>
        <translation>运镜</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>台词</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>音效</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Compiled prompt</source>
        <translation>生成的提示词</translation>
    </message>
    <message>
        <source>{model} renders whole seconds</source>
        <translation>{model} 只渲染整秒</translation>
    </message>
    <message>
        <source>{model} renders steps of {step} s</source>
        <translation>{model} 按 {step} 秒的步长渲染</translation>
    </message>
    <message>
        <source>the storyboard may last {total} s in all on {model}</source>
        <translation>在 {model} 上故事板总长最多 {total} 秒</translation>
    </message>
    <message>
        <source>a shot lasts at least {least} s on {model}</source>
        <translation>在 {model} 上每个镜头至少 {least} 秒</translation>
    </message>
    <message>
        <source>{typed} s became {duration} s: {why}.</source>
        <translation>{typed} 秒改为 {duration} 秒：{why}。</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>更改时长</translation>
    </message>
    <message>
        <source>Edit dialogue</source>
        <translation>编辑台词</translation>
    </message>
    <message>
        <source>Swap frames</source>
        <translation>交换首尾帧</translation>
    </message>
    <message>
        <source>No shot selected</source>
        <translation>未选择镜头</translation>
    </message>
    <message>
        <source>Shot {number} of {total}</source>
        <translation>镜头 {number} / 共 {total} 个</translation>
    </message>
    <message>
        <source>{length} / {limit} characters</source>
        <translation>{length} / {limit} 个字符</translation>
    </message>
</context>
<context>
    <name>ShotPreview</name>
    <message>
        <source>The shot&apos;s picture. Render ▸ Render Previs (Ctrl+R) to watch the storyboard play.</source>
        <translation>镜头的画面。渲染 ▸ 渲染预演（Ctrl+R）即可观看故事板播放。</translation>
    </message>
    <message>
        <source>Render ▸ Render Previs (Ctrl+R) to watch it play.</source>
        <translation>渲染 ▸ 渲染预演（Ctrl+R）即可观看播放。</translation>
    </message>
    <message>
        <source>SHOT {number} · {size} · {seconds} s</source>
        <translation>镜头 {number} · {size} · {seconds} 秒</translation>
    </message>
    <message>
        <source>{name}: &quot;{line}&quot;</source>
        <translation>{name}：“{line}”</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>L</source>
        <translation>左</translation>
    </message>
    <message>
        <source>R</source>
        <translation>右</translation>
    </message>
    <message>
        <source>U</source>
        <translation>上</translation>
    </message>
    <message>
        <source>D</source>
        <translation>下</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <source>Note {number}</source>
        <translation>备注 {number}</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} 条备注</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} 条备注</translation>
    </message>
    <message>
        <source>one take, Kling cuts · {notes}</source>
        <translation>一镜到底，由可灵剪辑 · {notes}</translation>
    </message>
    <message>
        <source>{n} shot</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{n} shots</source>
        <translation>{n} 个镜头</translation>
    </message>
    <message>
        <source>{total} s of {limit} s · {parts}</source>
        <translation>{total} 秒 / {limit} 秒 · {parts}</translation>
    </message>
</context>
<context>
    <name>VoiceSlot</name>
    <message>
        <source>Drop a 5–30 s recording of one voice (.mp3 .wav .mp4 .mov)</source>
        <translation>拖放一段 5–30 秒的单人录音（.mp3 .wav .mp4 .mov）</translation>
    </message>
    <message>
        <source>Kling preset voice id (or drop a recording below)</source>
        <translation>可灵预设音色 ID（或在下方拖放录音）</translation>
    </message>
    <message>
        <source>Forget the recording</source>
        <translation>移除录音</translation>
    </message>
    <message>
        <source>voice recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Recording: {file}</source>
        <translation>录音：{file}</translation>
    </message>
    <message>
        <source>Kling voice</source>
        <translation>可灵音色</translation>
    </message>
    <message>
        <source>Edit {name}&apos;s {what}</source>
        <translation>编辑 {name} 的{what}</translation>
    </message>
    <message>
        <source>Save the project first: recordings are copied into it.</source>
        <translation>请先保存项目：录音会复制到项目中。</translation>
    </message>
    <message>
        <source>Not used as a voice: {problem}.</source>
        <translation>未用作音色：{problem}。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}.</source>
        <translation>无法读取 {file}：{error}。</translation>
    </message>
</context>
</TS>
